package org.oncograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ProblemAssertions.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;

/** Every kind of error the API answers is problem+json with its stable type, and never reveals internals. */
@OncoGraphIntegrationTest
class ProblemResponsesIT extends ApiContractTest {

    /** The key {@link OncoGraphIntegrationTest} configures; writes need it to get past security to MVC. */
    private static final Map<String, String> KEY = Map.of("X-API-Key", "test-api-key");

    @Test
    void aSizeAboveTheLimitIs400NamingTheParameterAndTheLimit() {
        var response = api.get("/api/v1/antigens/GPC3/therapies?size=500");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().at("/errors/0/parameter").asString()).isEqualTo("size");
        assertThat(response.json().at("/errors/0/reason").asString()).isEqualTo("must be at most 100");
    }

    @Test
    void aNumberThatIsNotANumberIs400() {
        var response = api.get("/api/v1/antigens/GPC3/therapies?page=first");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().at("/errors/0/parameter").asString()).isEqualTo("page");
        assertThat(response.json().at("/errors/0/reason").asString()).startsWith("must be an integer");
    }

    @Test
    void anUnknownPathIs404NoSuchEndpoint() {
        assertProblem(api.get("/api/v1/no-such-thing"), 404, "no-such-endpoint");
    }

    @Test
    void anUnsupportedMethodIs405WithAllow() {
        var response = api.send("DELETE", "/api/v1/antigens/GPC3/therapies", null, KEY);
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        var response = api.send("GET", "/api/v1/antigens/GPC3/therapies", null, Map.of("Accept", "text/csv"));
        assertThat(response.status()).isEqualTo(406);
        assertThat(response.raw()).doesNotContain("Exception");
    }

    @Test
    void everyProblemTypeHasItsOwnStableUri() {
        assertThat(ProblemType.values()).extracting(ProblemType::type).doesNotHaveDuplicates()
                .allSatisfy(uri -> assertThat(uri.toString()).startsWith(ProblemType.BASE_URI));
    }
}
