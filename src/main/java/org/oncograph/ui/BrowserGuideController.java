package org.oncograph.ui;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the Neo4j Browser guide and style. Browser fetches them from its own page (another origin: the Neo4j
 * HTTP port), so they answer CORS requests from Browser on this machine.
 */
@RestController
@CrossOrigin(originPatterns = {"http://localhost:[*]", "http://127.0.0.1:[*]"}, methods = RequestMethod.GET)
class BrowserGuideController {

    private final BrowserGuide guide;
    private final NodeStyles styles;

    // Plain objects rather than beans: the controller stands alone, so web slice tests of other features load it.
    BrowserGuideController(JsonMapper json) {
        this.styles = new NodeStyles(json);
        this.guide = new BrowserGuide(styles, json);
    }

    @GetMapping(value = "/guides/oncograph.html", produces = MediaType.TEXT_HTML_VALUE)
    String guide() {
        return guide.html(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    @GetMapping(value = "/guides/oncograph.grass", produces = MediaType.TEXT_PLAIN_VALUE)
    String style() {
        return styles.grass();
    }
}
