package org.oncograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API key rules, over real HTTP against the whole application (key {@code test-api-key}). */
@OncoGraphIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeySecurityIT {

    private static final String KEY = "test-api-key";
    private static final String WRONG_KEY = "not-the-key-7f3a9c";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWriteWithoutAKeyIsAnswered401AsAProblemAndLogged(CapturedOutput log) throws Exception {
        var response = send("POST", "/api/v1/imports/ctgov", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("X-API-Key"));
        assertThat(response.body()).contains("\"type\":\"https://oncograph.org/problems/api-key-missing\"")
                .contains("\"status\":401").contains("X-API-Key");
        assertThat(log.getOut()).contains("Refused POST /api/v1/imports/ctgov from 127.0.0.1: missing API key");
    }

    @Test
    void aWriteWithAWrongKeyIsAnswered403AndTheLogNeverHoldsEitherKey(CapturedOutput log) throws Exception {
        var response = send("POST", "/api/v1/imports/curated", WRONG_KEY);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://oncograph.org/problems/api-key-invalid").doesNotContain(WRONG_KEY);
        assertThat(log.getOut()).contains("Refused POST /api/v1/imports/curated from 127.0.0.1: wrong API key")
                .doesNotContain(WRONG_KEY).doesNotContain(KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void everyWriteMethodNeedsTheKey(String method) throws Exception {
        assertThat(send(method, "/api/v1/therapies/pembrolizumab", null).statusCode()).isEqualTo(401);
        assertThat(send(method, "/api/v1/therapies/pembrolizumab", WRONG_KEY).statusCode()).isEqualTo(403);
        assertThat(send(method, "/api/v1/therapies/pembrolizumab", KEY).statusCode()).isNotIn(401, 403);
    }

    @Test
    void theWholeGraphExportNeedsTheKeyThoughItIsARead() throws Exception {
        assertThat(send("GET", "/api/v1/export", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/export", WRONG_KEY).statusCode()).isEqualTo(403);
    }

    @Test
    void readsAreOpenWithoutAKeyAndAStaleKeyDoesNotBlockThem() throws Exception {
        assertThat(send("GET", "/api/v1/therapies", null).statusCode()).isNotIn(401, 403);
        assertThat(send("GET", "/api/v1/therapies", WRONG_KEY).statusCode()).isNotIn(401, 403);
    }

    @Test
    void healthInfoAndPrometheusAreReadableWithoutAKeyButOtherManagementEndpointsAreNot() throws Exception {
        assertThat(send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/info", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/metrics", KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void noResponseOpensASessionOrSetsACookie() throws Exception {
        for (var response : new HttpResponse<?>[] {send("GET", "/actuator/health", null),
                send("POST", "/api/v1/imports/ctgov", KEY), send("POST", "/api/v1/imports/ctgov", null)}) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
        }
    }

    @Test
    void pagesCarryHeadersThatKeepOtherOriginsOut() throws Exception {
        var headers = send("GET", "/", null).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
