package org.oncograph;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a response is a well-formed RFC 9457 problem of the expected kind, with nothing internal in it. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(ApiClient.Response response, int status, String typeSlug) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString())
                .isEqualTo("https://oncograph.org/problems/" + typeSlug);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asString()).isNotBlank();
        assertThat(response.json().path("detail").asString()).isNotBlank();
        assertThat(response.raw()).doesNotContainIgnoringCase("exception")
                .doesNotContain("org.neo4j").doesNotContain("at org.").doesNotContain("MATCH (")
                .doesNotContain("\"trace\"");
    }
}
