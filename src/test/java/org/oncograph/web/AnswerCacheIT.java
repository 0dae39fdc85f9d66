package org.oncograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.graph.GraphChangedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The answer cache over real HTTP on the seeded graph: hits with the same body, the no-cache bypass, errors never
 * kept, headers and metrics. Imports invalidating it are tested in {@code AnswerCacheImportIT} (its own database).
 */
@OncoGraphIntegrationTest
class AnswerCacheIT extends ApiContractTest {

    private static final Map<String, String> NO_CACHE = Map.of("Cache-Control", "no-cache");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void emptyCache() {
        events.publishEvent(new GraphChangedEvent("test start"));
    }

    @Test
    void aSecondIdenticalRequestIsAHitWithTheSameBody() {
        for (String path : List.of("/api/v1/antigens/GPC3/therapies", "/api/v1/therapies?antigen=GPC3",
                "/api/v1/search?q=glypican", "/api/v1/paths?from=GPC3&to=HCC&maxLength=2",
                "/api/v1/graph/neighbourhood?ref=GPC3&depth=2", "/api/v1/antigens/GPC3", "/api/v1/cancers/HCC",
                "/api/v1/cancers/HCC/antigens", "/api/v1/trials", "/api/v1/institutions")) {
            var first = api.get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(first.header("X-Cache")).as(path).isEqualTo("MISS");
            var second = api.get(path);
            assertThat(second.header("X-Cache")).as(path).isEqualTo("HIT");
            assertThat(second.raw()).as(path).isEqualTo(first.raw());
            assertThat(second.contentType()).as(path).isEqualTo(first.contentType());
            assertThat(second.header("Cache-Control")).as(path).isEqualTo("public, max-age=30")
                    .isEqualTo(first.header("Cache-Control"));
            assertThat(second.header("Age")).as(path).matches("\\d+");
        }
    }

    @Test
    void theOrderOfQueryParametersDoesNotMatterButTheirValuesDo() {
        assertThat(api.get("/api/v1/search?q=CAR&limit=3").header("X-Cache")).isEqualTo("MISS");
        assertThat(api.get("/api/v1/search?limit=3&q=CAR").header("X-Cache")).isEqualTo("HIT");
        var other = api.get("/api/v1/search?limit=4&q=CAR");
        assertThat(other.header("X-Cache")).isEqualTo("MISS");
        assertThat(other.json().path("items").size()).isEqualTo(4);
    }

    @Test
    void noCacheAnswersFreshAndRefreshesTheKeptAnswer() {
        String path = "/api/v1/antigens/GPC3/therapies";
        var first = api.get(path);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        var bypass = api.send("GET", path, null, NO_CACHE);
        assertThat(bypass.header("X-Cache")).isEqualTo("BYPASS");
        assertThat(bypass.raw()).isEqualTo(first.raw());
        assertThat(bypass.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(api.send("GET", path, null, Map.of("Pragma", "no-cache")).header("X-Cache")).isEqualTo("BYPASS");
        assertThat(api.get(path).header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void errorsAreAnsweredEveryTimeAndNeverKept() {
        for (String path : List.of("/api/v1/antigens/NO-SUCH-ANTIGEN/therapies", "/api/v1/therapies/no-such-therapy",
                "/api/v1/antigens/GPC3/therapies?size=0", "/api/v1/paths?from=GPC3&to=GPC3")) {
            var first = api.get(path);
            var second = api.get(path);
            assertThat(first.status()).as(path).isBetween(400, 499);
            assertThat(second.status()).as(path).isEqualTo(first.status());
            assertThat(second.header("X-Cache")).as(path).isEqualTo("MISS");
            assertThat(second.raw()).as(path).isEqualTo(first.raw());
            assertThat(second.header("Cache-Control")).as(path).doesNotContain("max-age=30");
        }
    }

    @Test
    void theEndpointsOwnHeadersComeBackWithAHit() {
        String path = "/api/v1/graph/neighbourhood?ref=GPC3&depth=3&limit=3";
        assertThat(api.get(path).header("OncoGraph-Truncated")).isEqualTo("true");
        var hit = api.get(path);
        assertThat(hit.header("X-Cache")).isEqualTo("HIT");
        assertThat(hit.header("OncoGraph-Truncated")).isEqualTo("true");
        assertThat(hit.header("X-Content-Type-Options")).as("security headers, once").isEqualTo("nosniff");
    }

    @Test
    void aClientThatCannotTakeJsonGetsItsRefusalNotAKeptAnswer() {
        String path = "/api/v1/antigens/GPC3/therapies";
        api.get(path);
        var html = api.send("GET", path, null, Map.of("Accept", "text/html"));
        assertThat(html.status()).isEqualTo(406);
        assertThat(html.header("X-Cache")).isNull();
    }

    @Test
    void hitsMissesAndBypassesAreCountedPerEndpoint() {
        String path = "/api/v1/antigens/GPC3/therapies?size=7";
        api.get(path);
        api.get(path);
        api.send("GET", path, null, NO_CACHE);
        String metrics = api.get("/actuator/prometheus").raw();
        String endpoint = "uri=\"/api/v1/antigens/\\{ref}/therapies\"";
        assertThat(metrics)
                .containsPattern("oncograph_cache_requests_total\\{[^}]*result=\"hit\"," + endpoint + "} \\d")
                .containsPattern("oncograph_cache_requests_total\\{[^}]*result=\"miss\"," + endpoint + "} \\d")
                .containsPattern("oncograph_cache_requests_total\\{[^}]*result=\"bypass\"," + endpoint + "} \\d")
                .containsPattern("cache_size\\{[^}]*cache=\"answers\"[^}]*} \\d")
                .containsPattern("cache_evictions_total\\{[^}]*cache=\"answers\"[^}]*} \\d");
        assertThat(metrics).as("a hit still counts as a request of its endpoint").containsPattern(
                "http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/antigens/\\{ref}/therapies\"[^}]*} \\d");
    }

    @Test
    void everyReadEndpointIsCachedExceptTheStatisticsAndTheExport() {
        Set<String> notCached = Set.of("/api/v1/stats", "/api/v1/export");
        mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> assertThat(AnswerCacheFilter.CACHED.stream()
                        .anyMatch(prefix -> pattern.equals(prefix) || pattern.startsWith(prefix + "/")))
                        .as(pattern + " is cached unless it is " + notCached)
                        .isEqualTo(!notCached.contains(pattern)));
    }
}
