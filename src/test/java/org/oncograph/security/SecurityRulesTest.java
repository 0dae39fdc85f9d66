package org.oncograph.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.oncograph.OncoGraphProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestController;

/** The security rules under the configurations that the shared integration context does not use. */
class SecurityRulesTest {

    @Nested
    // The API's controllers need the graph, which a web slice does not start: only the security rules are tested
    // here, so no @RestController is loaded and a request that gets through answers 404.
    @WebMvcTest(properties = "oncograph.security.api-key=", excludeFilters = @ComponentScan.Filter(
            type = FilterType.ANNOTATION, classes = RestController.class))
    @Import({SecurityConfiguration.class, ApiKeyAuthenticationProvider.class, RefusalHandler.class})
    @EnableConfigurationProperties(OncoGraphProperties.class)
    class WithNoKeyConfigured {

        @Autowired
        MockMvc mvc;

        @Test
        void writesAreRefusedWithAProblemSayingHowToEnableThem() throws Exception {
            mvc.perform(post("/api/v1/imports/ctgov").header("X-API-Key", "anything"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://oncograph.org/problems/writes-disabled"))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("ONCOGRAPH_SECURITY_API_KEY")));
        }

        @Test
        void anEmptyKeyHeaderDoesNotMatchTheEmptyConfiguredKey() throws Exception {
            mvc.perform(post("/api/v1/imports/ctgov").header("X-API-Key", ""))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://oncograph.org/problems/writes-disabled"));
        }

        @Test
        void readsStayOpen() throws Exception {
            mvc.perform(get("/api/v1/therapies")).andExpect(status().isNotFound());
        }
    }

    @Nested
    @WebMvcTest(properties = {"oncograph.security.api-key=closed-key", "oncograph.security.reads-open=false"},
            excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestController.class))
    @Import({SecurityConfiguration.class, ApiKeyAuthenticationProvider.class, RefusalHandler.class})
    @EnableConfigurationProperties(OncoGraphProperties.class)
    class WithReadsClosed {

        @Autowired
        MockMvc mvc;

        @Test
        void readsNeedTheKey() throws Exception {
            mvc.perform(get("/api/v1/therapies")).andExpect(status().isUnauthorized());
            mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/therapies").header("X-API-Key", "closed-key")).andExpect(status().isNotFound());
        }

        @Test
        void healthStaysReadableForProbes() throws Exception {
            mvc.perform(get("/actuator/health")).andExpect(status().is(Matchers.not(401)));
        }
    }
}
