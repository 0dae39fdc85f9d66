package org.oncograph.explore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphChangedEvent;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.RelationshipType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The graph's statistics, precomputed: the aggregates read every trial (tens of seconds at ClinicalTrials.gov scale,
 * longer than any API request may take), so they are computed in the background, once at start and again after each
 * change, and requests are served from memory.
 *
 * <p>Writers publish a {@link GraphChangedEvent}: once the application serves, a recomputation starts at once. A
 * request that arrives while it runs waits for it up to {@code oncograph.api.stats-wait} (default 2 s, which on a
 * small graph is always enough, so an import is seen by the next request); after that it is answered with the
 * previous figures, marked {@code upToDate: false}, with their {@code computedAt}. Only a request that finds no
 * figures at all waits for the first computation. Writes that bypass the events (Neo4j Browser, another process) show
 * after {@code oncograph.api.stats-max-age} (default 10 minutes). The computation has its own time limit,
 * {@code oncograph.api.stats-timeout} (default 5 minutes), instead of the API's 10 s read limit.
 */
@Service
public class StatsService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatsService.class);

    private static final String THERAPIES_PER_ANTIGEN = """
            MATCH (a:Antigen)
            WITH a, COUNT { (a)<-[:TARGETS]-(:Therapy) } AS n WHERE n > 0
            RETURN a.symbol AS key, coalesce(a.commonName, a.name) AS name, n ORDER BY n DESC, key LIMIT 50""";
    private static final String TRIALS_PER_PHASE = """
            MATCH (t:Trial) RETURN coalesce(t.phase, 'UNKNOWN') AS key, null AS name, count(*) AS n
            ORDER BY n DESC, key""";
    private static final String TRIALS_PER_STATUS = """
            MATCH (t:Trial) RETURN coalesce(t.status, 'UNKNOWN') AS key, null AS name, count(*) AS n
            ORDER BY n DESC, key""";
    private static final String TRIALS_PER_COUNTRY = """
            MATCH (c:Country)
            CALL (c) {
              MATCH (c)<-[:LOCATED_IN]-(:Institution)<-[:CONDUCTED_AT|SPONSORED_BY]-(t:Trial)
              RETURN count(DISTINCT t) AS n
            }
            WITH c, n WHERE n > 0
            RETURN c.code AS key, c.name AS name, n ORDER BY n DESC, key LIMIT 50""";
    private static final String TRIALS_PER_MODALITY = """
            MATCH (m:Modality)
            CALL (m) {
              MATCH (m)<-[:HAS_MODALITY]-(:Therapy)<-[:TESTS]-(t:Trial) RETURN count(DISTINCT t) AS n
            }
            WITH m, n WHERE n > 0
            RETURN m.id AS key, m.name AS name, n ORDER BY n DESC, key""";
    private static final String CANCERS_BY_THERAPIES = """
            MATCH (c:Cancer)
            CALL (c) {
              CALL (c) {
                MATCH (c)<-[:STUDIED_FOR]-(t:Therapy) RETURN t
                UNION
                MATCH (c)<-[:STUDIES]-(:Trial)-[:TESTS]->(t:Therapy) RETURN t
              }
              RETURN count(t) AS n
            }
            WITH c, n WHERE n > 0
            RETURN c.id AS key, c.name AS name, n ORDER BY n DESC, key LIMIT 50""";

    private final GraphReads reads;
    private final Duration maxAge;
    private final Duration timeout;
    private final Duration wait;
    private final Clock clock;
    private final ExecutorService executor;

    /** Changes announced so far; figures are up to date if no change came after their computation started. */
    private final AtomicLong changes = new AtomicLong();
    /** The last figures computed, or null before the first computation ends. */
    private volatile Stats cached;
    /** The number of changes when the computation of {@link #cached} started. */
    private volatile long cachedAfter = -1;
    /** The computation in flight, if any; guarded by {@code this}. */
    private CompletableFuture<Stats> running;
    /**
     * Set when the application is ready to serve. Before that, a change is only counted: an import run as a command
     * ({@code --oncograph.import}) runs before and exits without serving, so figures computed then were wasted work
     * (15-20 s of CPU at 500,000 trials), cut off by the exit with a warning in the log.
     */
    private volatile boolean serving;

    @Autowired
    StatsService(GraphReads reads, @Value("${oncograph.api.stats-max-age:10m}") Duration maxAge,
                 @Value("${oncograph.api.stats-timeout:5m}") Duration timeout,
                 @Value("${oncograph.api.stats-wait:2s}") Duration wait) {
        this(reads, maxAge, timeout, wait, Clock.systemUTC(), Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "oncograph-stats");
            thread.setDaemon(true);
            return thread;
        }));
    }

    StatsService(GraphReads reads, Duration maxAge, Duration timeout, Duration wait, Clock clock,
                 ExecutorService executor) {
        this.reads = reads;
        this.maxAge = maxAge;
        this.timeout = timeout;
        this.wait = wait;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * The figures: the cached ones if nothing changed since they were computed; otherwise the result of the
     * recomputation if it ends within the wait, else the previous figures marked as not up to date.
     */
    public Stats current() {
        Stats stats = cached;
        if (stats != null && cachedAfter == changes.get() && stats.computedAt().plus(maxAge).isAfter(clock.instant())) {
            return stats;
        }
        CompletableFuture<Stats> refresh = recompute();
        try {
            if (stats == null) {
                return refresh.join();
            }
            return refresh.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return stats.notUpToDate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stats.notUpToDate();
        } catch (CompletionException | ExecutionException e) {
            // The computation's own failure (e.g. the database is down) is the request's answer: a problem detail.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Computes the figures once, now, in the caller's thread (the benchmark's raw-driver twin uses it). */
    public Stats computeNow() {
        return compute();
    }

    /** The computation in flight, or a new one; a change during a computation starts another when it ends. */
    private synchronized CompletableFuture<Stats> recompute() {
        if (running == null) {
            long after = changes.get();
            CompletableFuture<Stats> computation = CompletableFuture.supplyAsync(this::compute, executor);
            running = computation;
            computation.whenComplete((stats, failure) -> finished(computation, after, stats, failure));
        }
        return running;
    }

    private synchronized void finished(CompletableFuture<Stats> computation, long after, Stats stats,
                                       Throwable failure) {
        if (running != computation) {
            return;
        }
        running = null;
        if (failure != null) {
            // The next request tries again; no retry loop while the database is down.
            log.warn("Statistics not computed: {}", failure.toString());
            return;
        }
        cached = stats;
        cachedAfter = after;
        if (after != changes.get() && !executor.isShutdown()) {
            recompute(); // the graph changed while these figures were read
        }
    }

    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        log.debug("Graph changed ({}); statistics are being recomputed", event.cause());
        changes.incrementAndGet();
        if (serving && !executor.isShutdown()) {
            recompute();
        }
    }

    /** The first figures are computed while the application starts serving, not by the first request. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        serving = true;
        recompute();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private Stats compute() {
        long started = System.nanoTime();
        Stats stats = reads.transaction(timeout, tx -> new Stats(Instant.now(clock), nodeCounts(tx),
                relationshipCounts(tx), buckets(tx, THERAPIES_PER_ANTIGEN), buckets(tx, TRIALS_PER_PHASE),
                buckets(tx, TRIALS_PER_STATUS), buckets(tx, TRIALS_PER_COUNTRY), buckets(tx, TRIALS_PER_MODALITY),
                buckets(tx, CANCERS_BY_THERAPIES), true));
        log.info("Statistics computed in {} ms", (System.nanoTime() - started) / 1_000_000);
        return stats;
    }

    /** From Neo4j's count store: one lookup per label, whatever the graph's size. */
    private static Map<String, Long> nodeCounts(TransactionContext tx) {
        StringBuilder cypher = new StringBuilder("RETURN ");
        List<EntityType> types = List.of(EntityType.values());
        for (int i = 0; i < types.size(); i++) {
            cypher.append(i == 0 ? "" : ", ").append("COUNT { (:").append(types.get(i).label()).append(") } AS ")
                    .append(types.get(i).label());
        }
        Record record = tx.run(cypher.toString()).single();
        Map<String, Long> counts = new LinkedHashMap<>();
        types.forEach(t -> counts.put(t.label(), record.get(t.label()).asLong()));
        return counts;
    }

    private static Map<String, Long> relationshipCounts(TransactionContext tx) {
        StringBuilder cypher = new StringBuilder("RETURN ");
        RelationshipType[] types = RelationshipType.values();
        for (int i = 0; i < types.length; i++) {
            cypher.append(i == 0 ? "" : ", ").append("COUNT { ()-[:").append(types[i].name()).append("]->() } AS ")
                    .append(types[i].name());
        }
        Record record = tx.run(cypher.toString()).single();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RelationshipType type : types) {
            counts.put(type.name(), record.get(type.name()).asLong());
        }
        return counts;
    }

    private static List<Stats.Bucket> buckets(TransactionContext tx, String cypher) {
        return tx.run(cypher).list(r -> new Stats.Bucket(r.get("key").asString(), r.get("name").asString(null),
                r.get("n").asLong()));
    }
}
