package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.graph.GraphMetrics.RecordResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

import tools.jackson.databind.json.JsonMapper;

/** What operators and their probes see: health with Neo4j in it, and metrics in Prometheus' format. */
@OncoGraphIntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    GraphMetrics graphMetrics;

    @Autowired
    FilterChainProxy securityFilters;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void healthReportsNeo4jAsAComponentAndReadinessIncludesIt() throws Exception {
        var json = JsonMapper.builder().build();
        var health = json.readTree(get("/actuator/health"));
        assertThat(health.path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("neo4j").has("details"))
                .as("server details (version, edition) are not shown to anonymous callers").isFalse();

        var readiness = json.readTree(get("/actuator/health/readiness"));
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").has("neo4j")).as("readiness depends on Neo4j").isTrue();
        assertThat(json.readTree(get("/actuator/health/liveness")).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusHasRequestTimingsPerEndpointAndTheDriversConnectionPool() throws Exception {
        get("/actuator/health/liveness");

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*uri=\"/actuator/health/\\*\\*\"[^}]*} \\d");
        assertThat(metrics).contains("application=\"oncograph\"");
        assertThat(metrics).as("Neo4j driver connection pool").contains("db_client_connection_count")
                .contains("db_client_connection_max");
    }

    /**
     * Requests are timed once, by http_server_requests: Spring Security does not wrap its filters in observations
     * of their own, and no observation adds an in-flight long-task timer (docs/performance.md: CPU on every request).
     */
    @Test
    void requestsAreTimedWithoutSecurityObservationsOrInFlightTimers() throws Exception {
        get("/api/v1/antigens?size=1");

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/antigens\"[^}]*} \\d");
        assertThat(metrics).doesNotContain("spring_security_").doesNotContain("http_server_requests_active");
        assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void importCountsAndFailuresAppearPerSource() throws Exception {
        graphMetrics.importSucceeded("metrics-test", Map.of(RecordResult.CREATED, 7L, RecordResult.REJECTED, 2L),
                Duration.ofMillis(40));
        graphMetrics.importFailed("metrics-test", new IllegalStateException("boom"), Duration.ofMillis(5));

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).containsPattern("oncograph_imports_total\\{[^}]*outcome=\"success\",source=\"metrics-test\"} 1")
                .containsPattern("oncograph_imports_total\\{[^}]*outcome=\"failure\",source=\"metrics-test\"} 1")
                .containsPattern("oncograph_import_records_total\\{[^}]*result=\"created\",source=\"metrics-test\"} 7")
                .containsPattern("oncograph_import_records_total\\{[^}]*result=\"rejected\",source=\"metrics-test\"} 2")
                .containsPattern("oncograph_import_failures_total\\{[^}]*reason=\"IllegalStateException\",source=\"metrics-test\"} 1")
                .contains("oncograph_import_duration_seconds_count");
    }
}
