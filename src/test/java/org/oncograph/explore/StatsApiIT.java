package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.graph.GraphChangedEvent;
import org.oncograph.graph.GraphReads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.JsonNode;

/** GET /api/v1/stats: counts that agree with the graph, the dashboard aggregates, and the cache. */
@OncoGraphIntegrationTest
class StatsApiIT extends ApiContractTest {

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    GraphReads reads;

    @BeforeEach
    void freshStatistics() {
        events.publishEvent(new GraphChangedEvent("test start"));
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private static long bucket(JsonNode buckets, String key) {
        for (JsonNode b : buckets) {
            if (b.path("key").asString().equals(key)) {
                return b.path("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void countsAgreeWithTheGraph() {
        JsonNode stats = api.get("/api/v1/stats").json();
        assertThat(stats.path("upToDate").asBoolean()).isTrue();
        assertThat(stats.at("/nodes/Therapy").asLong()).isEqualTo(count("MATCH (n:Therapy) RETURN count(n)"));
        assertThat(stats.at("/nodes/Trial").asLong()).isEqualTo(count("MATCH (n:Trial) RETURN count(n)"));
        assertThat(stats.at("/relationships/TARGETS").asLong())
                .isEqualTo(count("MATCH ()-[r:TARGETS]->() RETURN count(r)"));
        assertThat(stats.path("relationships").propertyNames()).contains("SUBTYPE_OF", "EXPRESSED_IN");
    }

    @Test
    void theAggregatesAreThoseDashboardsChart() {
        JsonNode stats = api.get("/api/v1/stats").json();
        assertThat(bucket(stats.path("therapiesPerAntigen"), "GPC3"))
                .isEqualTo(count("MATCH (:Antigen {symbol: 'GPC3'})<-[:TARGETS]-(t:Therapy) RETURN count(t)"));
        assertThat(bucket(stats.path("therapiesPerAntigen"), "ERBB2")).as("HER2 is targeted by nothing").isZero();
        assertThat(bucket(stats.path("trialsPerPhase"), "PHASE1"))
                .isEqualTo(count("MATCH (t:Trial {phase: 'PHASE1'}) RETURN count(t)"));
        assertThat(bucket(stats.path("trialsPerStatus"), "RECRUITING"))
                .isEqualTo(count("MATCH (t:Trial {status: 'RECRUITING'}) RETURN count(t)"));
        assertThat(bucket(stats.path("trialsPerCountry"), "IT")).isEqualTo(1);
        assertThat(bucket(stats.path("trialsPerModality"), "car-t")).isPositive();
        assertThat(bucket(stats.path("cancersByTherapies"), "MONDO:0007256")).isPositive();
    }

    @Test
    void aRequestDuringALongRecomputationGetsThePreviousFiguresMarkedNotUpToDate() throws Exception {
        ExecutorService refresher = Executors.newSingleThreadExecutor();
        var service = new StatsService(reads, Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMillis(100),
                Clock.systemUTC(), refresher);
        try {
            Stats first = service.current(); // nothing computed yet: the request waits for the first computation
            assertThat(first.upToDate()).isTrue();
            assertThat(service.current()).isSameAs(first);

            // The recomputation after this change queues behind work that holds the refresher, as a computation
            // of a 500,000-trial graph would for tens of seconds.
            CountDownLatch release = new CountDownLatch(1);
            refresher.submit(() -> release.await(1, TimeUnit.MINUTES));
            service.onGraphChanged(new GraphChangedEvent("test write"));
            Stats during = service.current();
            assertThat(during.upToDate()).isFalse();
            assertThat(during.computedAt()).isEqualTo(first.computedAt());
            assertThat(during.nodes()).isEqualTo(first.nodes());

            release.countDown();
            Stats after = during;
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                 !after.upToDate() && System.nanoTime() < deadline; ) {
                after = service.current();
            }
            assertThat(after.upToDate()).isTrue();
            assertThat(after.computedAt()).isAfter(first.computedAt());
        } finally {
            service.destroy();
        }
    }

    @Test
    void theFiguresAreCachedUntilTheGraphChanges() {
        String first = api.get("/api/v1/stats").json().path("computedAt").asString();
        assertThat(api.get("/api/v1/stats").json().path("computedAt").asString()).isEqualTo(first);
        events.publishEvent(new GraphChangedEvent("test write"));
        assertThat(api.get("/api/v1/stats").json().path("computedAt").asString()).isNotEqualTo(first);
    }
}
