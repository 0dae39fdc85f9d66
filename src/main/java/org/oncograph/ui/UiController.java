package org.oncograph.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The human pages: the explorer is the welcome page ({@code static/index.html}); the dashboard lives at /dashboard. */
@Controller
class UiController {

    @GetMapping("/dashboard")
    String dashboard() {
        return "forward:/dashboard.html";
    }
}
