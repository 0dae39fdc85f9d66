package org.oncograph.explore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphChangedEvent;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.RelationshipType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The graph's statistics, cached: computing the aggregates reads every trial, so it is done once and served
 * from memory until something changes the graph. Writers either publish a {@link GraphChangedEvent} (the cache
 * is dropped and recomputed on the next request) or call {@link #refresh()}; writes that bypass both (Neo4j
 * Browser, another process) show after {@code oncograph.api.stats-max-age} (default 10 minutes).
 */
@Service
public class StatsService {

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
    private final Clock clock;
    private volatile Stats cached;

    @Autowired
    StatsService(GraphReads reads, @Value("${oncograph.api.stats-max-age:10m}") Duration maxAge) {
        this(reads, maxAge, Clock.systemUTC());
    }

    StatsService(GraphReads reads, Duration maxAge, Clock clock) {
        this.reads = reads;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The cached statistics, computed now if there are none or they are older than the maximum age. */
    public Stats current() {
        Stats stats = cached;
        if (stats != null && stats.computedAt().plus(maxAge).isAfter(clock.instant())) {
            return stats;
        }
        synchronized (this) {
            stats = cached;
            if (stats == null || !stats.computedAt().plus(maxAge).isAfter(clock.instant())) {
                stats = compute();
                cached = stats;
            }
            return stats;
        }
    }

    /** Recomputes the statistics now (for importers that want the next request to be fast). */
    public synchronized Stats refresh() {
        cached = compute();
        return cached;
    }

    /** Drops the cache; the next request recomputes. */
    public void invalidate() {
        cached = null;
    }

    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        log.debug("Graph changed ({}); statistics will be recomputed", event.cause());
        invalidate();
    }

    private Stats compute() {
        long started = System.nanoTime();
        Stats stats = reads.transaction(tx -> new Stats(Instant.now(clock), nodeCounts(tx), relationshipCounts(tx),
                buckets(tx, THERAPIES_PER_ANTIGEN), buckets(tx, TRIALS_PER_PHASE), buckets(tx, TRIALS_PER_STATUS),
                buckets(tx, TRIALS_PER_COUNTRY), buckets(tx, TRIALS_PER_MODALITY),
                buckets(tx, CANCERS_BY_THERAPIES)));
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
