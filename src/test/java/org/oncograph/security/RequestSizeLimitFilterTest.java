package org.oncograph.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.oncograph.OncoGraphProperties;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies are bounded, whether their length is declared or not; imports keep their own bound. */
class RequestSizeLimitFilterTest {

    private static final int BOUND = 1024;

    private final AtomicInteger bodiesRead = new AtomicInteger();

    /** Reads the whole body, as any JSON endpoint does, and answers how many characters it got. */
    private MockMvc mvc(Filter... before) {
        var properties = new OncoGraphProperties(null, null,
                new OncoGraphProperties.Security("", true, DataSize.ofBytes(BOUND)), null);
        var filter = new RequestSizeLimitFilter(properties, new ProblemWriter(JsonMapper.builder().build()));
        var builder = MockMvcBuilders.routerFunctions(RouterFunctions.route().POST("/**", request -> {
            String body = request.body(String.class);
            bodiesRead.incrementAndGet();
            return ServerResponse.ok().body(String.valueOf(body.length()));
        }).build());
        for (Filter f : before) {
            builder.addFilters(f);
        }
        return builder.addFilters(filter).build();
    }

    /** Hides the declared length, as a chunked upload has none. */
    private static final Filter CHUNKED = (request, response, chain) -> chain.doFilter(
            new HttpServletRequestWrapper((HttpServletRequest) request) {
                @Override
                public long getContentLengthLong() {
                    return -1;
                }

                @Override
                public int getContentLength() {
                    return -1;
                }
            }, response);

    @Test
    void aDeclaredBodyOverTheBoundIsAnswered413NamingTheBoundAndIsNeverRead() throws Exception {
        mvc().perform(post("/api/v1/curations").contentType(MediaType.TEXT_PLAIN).content("x".repeat(BOUND + 1)))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://oncograph.org/problems/payload-too-large"))
                .andExpect(jsonPath("$.bound").value("oncograph.security.max-request-body"))
                .andExpect(jsonPath("$.detail").value("The request body is over oncograph.security.max-request-body (1024B)."));
        org.assertj.core.api.Assertions.assertThat(bodiesRead).hasValue(0);
    }

    @Test
    void anUndeclaredBodyIsCutOffWhenItPassesTheBound() throws Exception {
        mvc(CHUNKED).perform(post("/api/v1/curations").contentType(MediaType.TEXT_PLAIN).content("x".repeat(BOUND * 4)))
                .andExpect(status().is(413));
        org.assertj.core.api.Assertions.assertThat(bodiesRead).hasValue(0);
    }

    @Test
    void bodiesWithinTheBoundPass() throws Exception {
        mvc(CHUNKED).perform(post("/api/v1/curations").contentType(MediaType.TEXT_PLAIN).content("x".repeat(BOUND)))
                .andExpect(status().isOk()).andExpect(content().string(String.valueOf(BOUND)));
    }

    @Test
    void importsAreLeftToTheirOwnLargerBound() throws Exception {
        mvc().perform(post("/api/v1/imports/ctgov").contentType(MediaType.TEXT_PLAIN).content("x".repeat(BOUND * 4)))
                .andExpect(status().isOk()).andExpect(content().string(String.valueOf(BOUND * 4)));
    }
}
