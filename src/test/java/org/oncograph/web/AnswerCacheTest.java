package org.oncograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.oncograph.graph.GraphChangedEvent;
import org.springframework.util.unit.DataSize;

/** The answer store on its own, with a hand-moved clock: expiry, invalidation, the size bound, one computation. */
class AnswerCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AnswerCache cache = new AnswerCache(
            new AnswerCacheProperties(true, Duration.ofMinutes(5), DataSize.ofKilobytes(64), Duration.ofSeconds(30)),
            nanos::get);
    private final AtomicInteger runs = new AtomicInteger();

    private AnswerCache.Endpoint endpoint(String body) {
        return () -> {
            runs.incrementAndGet();
            return new AnswerCache.Answer("/r", "application/json", Map.of(), body.getBytes(StandardCharsets.UTF_8),
                    cache.now());
        };
    }

    private String ask(String request, String body) throws Exception {
        AnswerCache.Answer kept = cache.answer(request, endpoint(body));
        return kept == null ? "computed" : new String(kept.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aKeptAnswerIsServedUntilItsTtlHasPassed() throws Exception {
        assertThat(ask("/a", "one")).isEqualTo("computed");
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(ask("/a", "two")).isEqualTo("one");
        nanos.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        assertThat(ask("/a", "three")).as("kept 5 minutes and 1 second ago").isEqualTo("computed");
        assertThat(ask("/a", "four")).isEqualTo("three");
        assertThat(runs).hasValue(2);
    }

    @Test
    void theAgeOfAKeptAnswerIsInSeconds() throws Exception {
        ask("/a", "one");
        nanos.addAndGet(Duration.ofSeconds(42).plusMillis(900).toNanos());
        assertThat(cache.ageSeconds(cache.answer("/a", endpoint("x")))).isEqualTo(42);
    }

    @Test
    void aGraphChangeDropsEveryAnswer() throws Exception {
        ask("/a", "one");
        ask("/b", "one");
        cache.onGraphChanged(new GraphChangedEvent("test"));
        assertThat(ask("/a", "two")).isEqualTo("computed");
        assertThat(ask("/a", "three")).isEqualTo("two");
        assertThat(ask("/b", "two")).isEqualTo("computed");
    }

    @Test
    void anAnswerComputedFromTheGraphBeforeAChangeIsNotKept() throws Exception {
        cache.answer("/a", () -> {
            cache.invalidate(); // an import finishes while this request is reading the old graph
            return endpoint("old").run();
        });
        assertThat(ask("/a", "new")).isEqualTo("computed");
        assertThat(ask("/a", "newer")).isEqualTo("new");
    }

    @Test
    void anErrorIsNotKept() throws Exception {
        assertThat(cache.answer("/a", () -> null)).isNull();
        assertThat(ask("/a", "one")).isEqualTo("computed");
        assertThatThrownBy(() -> cache.answer("/b", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(ask("/b", "one")).isEqualTo("computed");
    }

    @Test
    void aRefreshReplacesTheKeptAnswer() throws Exception {
        ask("/a", "one");
        cache.refresh("/a", endpoint("two"));
        assertThat(ask("/a", "three")).isEqualTo("two");
    }

    @Test
    void theKeptAnswersStayWithinTheSizeBound() throws Exception {
        String tenKilobytes = "x".repeat(10 * 1024);
        for (int i = 0; i < 20; i++) {
            ask("/a" + i, tenKilobytes);
        }
        assertThat(cache.size()).as("answers of 10 KB within 64 KB").isBetween(1L, 6L);
    }

    @Test
    void concurrentRequestsForTheSameAnswerComputeItOnce() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> {
                AnswerCache.Answer kept = cache.answer("/hub", () -> {
                    computing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new java.io.IOException(e);
                    }
                    return endpoint("hub").run();
                });
                return kept == null ? "computed" : "kept";
            });
            assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = List.of(pool.submit(() -> ask("/hub", "again")),
                    pool.submit(() -> ask("/hub", "again")), pool.submit(() -> ask("/hub", "again")));
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("computed");
            for (Future<String> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("hub");
            }
            assertThat(runs).as("the waiting requests shared the first one's answer").hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
