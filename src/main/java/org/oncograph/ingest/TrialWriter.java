package org.oncograph.ingest;

import static org.oncograph.ingest.TrialGraph.Part.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes trials to Neo4j: {@code UNWIND $rows ... MERGE}, one statement per node label and relationship type, many
 * whole records per transaction. A record's hash decides: new (created), changed (its old relationships from this
 * record are retracted, then it is written again: updated in place) or the same (nothing written: unchanged). Runs in
 * managed transactions, so transient errors (deadlocks between overlapping imports) are retried with backoff; a batch
 * that fails for good is retried record by record, so one bad record is rejected whole and the others are written.
 *
 * <p>Reusable outside HTTP: {@code new TrialWriter(driver, mapper, 500).write(records)}.
 */
public class TrialWriter {

    private static final Logger log = LoggerFactory.getLogger(TrialWriter.class);

    /** What one call wrote; {@code entities} is nodes plus relationships merged for the changed records. */
    public record Result(int created, int updated, int unchanged, List<RecordRejection> rejected,
                         long nodesCreated, long relationshipsCreated, long propertiesSet, long entities) {

        static final Result EMPTY = new Result(0, 0, 0, List.of(), 0, 0, 0, 0);

        Result plus(Result o) {
            List<RecordRejection> all = new ArrayList<>(rejected);
            all.addAll(o.rejected);
            return new Result(created + o.created, updated + o.updated, unchanged + o.unchanged, all,
                    nodesCreated + o.nodesCreated, relationshipsCreated + o.relationshipsCreated,
                    propertiesSet + o.propertiesSet, entities + o.entities);
        }
    }

    /** Tries of a record alone that fails on a uniqueness constraint (a race with an overlapping import). */
    private static final int CONSTRAINT_RACE_ATTEMPTS = 3;

    /** Records kept as the sources of a dictionary TARGETS link (see docs/adr/0004). */
    static final int MAX_EXAMPLES = 20;

    private static final String APPEND_SOURCE = """
            FOREACH (_ IN CASE WHEN r.src IN coalesce(e.sources, []) THEN [] ELSE [1] END |
              SET e.sources = coalesce(e.sources, []) + r.src)""";

    private static final String RETRACT = """
            UNWIND $rows AS r
            MATCH (t:Trial {nctId: r.nctId})
            CALL (t, r) {
              MATCH (t)-[:TESTS]->(:Therapy)-[e:TARGETS]->(:Antigen) WHERE r.src IN e.sources
              WITH DISTINCT e, r
              // A dictionary link outlives the records that brought it; it keeps its last example.
              SET e.sources = CASE WHEN e.method = 'dictionary' AND size(e.sources) = 1 THEN e.sources
                                   ELSE [s IN e.sources WHERE s <> r.src] END
              WITH e WHERE size(e.sources) = 0
              DELETE e
            }
            CALL (t, r) {
              MATCH (t)-[e]-() WHERE r.src IN e.sources
              WITH DISTINCT e, r
              SET e.sources = [s IN e.sources WHERE s <> r.src]
              WITH e WHERE size(e.sources) = 0
              DELETE e
            }""";

    private static final String TRIAL_PROPERTIES = """
            t.title = r.title, t.officialTitle = r.officialTitle, t.phases = r.phases, t.phase = r.phase,
                t.status = r.status, t.startDate = r.startDate, t.completionDate = r.completionDate,
                t.enrollment = r.enrollment, t.studyType = r.studyType, t.minimumAge = r.minimumAge,
                t.maximumAge = r.maximumAge, t.stdAges = r.stdAges, t.arms = r.arms, t.armTypes = r.armTypes,
                t.otherInterventions = r.otherInterventions, t.recordHash = r.hash""";

    /** The statement of each part: merges, correct whatever the graph already holds. */
    private static final Map<TrialGraph.Part, String> STATEMENTS = new EnumMap<>(TrialGraph.Part.class);

    /**
     * Statements for the trial and its own relationships when the trial is new to the graph (the common case of a
     * bulk load): plain creates, which skip MERGE's search and the source-list check. Two imports racing to create
     * one trial cannot both succeed: the second fails on the trial's uniqueness constraint, its batch is retried
     * record by record, and the record then finds its trial and is compared by hash like any other.
     */
    private static final Map<TrialGraph.Part, String> NEW_TRIAL_STATEMENTS = new EnumMap<>(TrialGraph.Part.class);

    static {
        // Every statement finds nodes by a unique key, so its plan does not depend on statistics; without this,
        // Neo4j replans each statement again and again while an import grows a young graph.
        STATEMENTS.put(SOURCE, """
                UNWIND $rows AS r
                MERGE (s:Source {id: r.id})
                ON CREATE SET s.kind = r.kind, s.url = r.url, s.publisher = r.publisher""");
        STATEMENTS.put(TRIAL, """
                UNWIND $rows AS r
                MERGE (t:Trial {nctId: r.nctId})
                SET %s,
                    t.sources = CASE WHEN r.src IN coalesce(t.sources, []) THEN t.sources
                                     ELSE coalesce(t.sources, []) + r.src END""".formatted(TRIAL_PROPERTIES));
        NEW_TRIAL_STATEMENTS.put(TRIAL, """
                UNWIND $rows AS r
                CREATE (t:Trial {nctId: r.nctId})
                SET %s, t.sources = [r.src]""".formatted(TRIAL_PROPERTIES));
        STATEMENTS.put(THERAPY, """
                UNWIND $rows AS r
                MERGE (x:Therapy {id: r.id})
                ON CREATE SET x.name = r.name, x.modality = r.modality, x.sources = [r.src]
                WITH x, [s IN r.synonyms WHERE NOT s IN coalesce(x.synonyms, [])] AS added
                FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END |
                  SET x.synonyms = coalesce(x.synonyms, []) + added)""");
        STATEMENTS.put(ANTIGEN, """
                UNWIND $rows AS r
                MERGE (a:Antigen {symbol: r.symbol})
                ON CREATE SET a.name = r.name, a.hgncId = r.hgncId, a.synonyms = r.synonyms, a.sources = [r.src]""");
        STATEMENTS.put(CANCER, """
                UNWIND $rows AS r
                MERGE (c:Cancer {id: r.id})
                ON CREATE SET c.name = r.name, c.synonyms = r.synonyms, c.mondoId = r.mondoId, c.ncitId = r.ncitId,
                              c.sources = [r.src]""");
        STATEMENTS.put(CONDITION, """
                UNWIND $rows AS r
                MERGE (c:Condition {id: r.id})
                ON CREATE SET c.name = r.name, c.synonyms = r.synonyms, c.sources = [r.src]""");
        STATEMENTS.put(INSTITUTION, """
                UNWIND $rows AS r
                MERGE (i:Institution {id: r.id})
                ON CREATE SET i.name = r.name, i.kind = r.kind, i.city = r.city, i.country = r.country,
                              i.sources = [r.src]
                FOREACH (_ IN CASE WHEN i.city IS NULL AND r.city IS NOT NULL THEN [1] ELSE [] END |
                  SET i.city = r.city)
                FOREACH (_ IN CASE WHEN i.country IS NULL AND r.country IS NOT NULL THEN [1] ELSE [] END |
                  SET i.country = r.country)""");
        STATEMENTS.put(COUNTRY, """
                UNWIND $rows AS r
                MERGE (c:Country {code: r.code})
                ON CREATE SET c.name = r.name, c.sources = [r.src]""");
        STATEMENTS.put(PERSON, """
                UNWIND $rows AS r
                MERGE (p:Person {id: r.id})
                ON CREATE SET p.name = r.name, p.sources = [r.src]""");
        STATEMENTS.put(PUBLICATION, """
                UNWIND $rows AS r
                MERGE (p:Publication {id: r.id})
                ON CREATE SET p.doi = r.doi, p.pmid = r.pmid, p.citation = r.citation, p.year = r.year,
                              p.sources = [r.src]""");
        trialRelationship(TESTS, "MATCH (x:Therapy {id: r.therapyId})", "(t)-[e:TESTS]->(x)",
                "e.arm = r.arm, e.field = r.field, e.quote = r.quote, e.method = 'record'");
        // One row per (therapy, antigen) of the batch (see targetRows): the first record's words if the link is new,
        // and every record of the batch that states it in r.srcs, appended as one row per record would append them.
        STATEMENTS.put(TARGETS, """
                UNWIND $rows AS r
                MATCH (x:Therapy {id: r.therapyId})
                MATCH (a:Antigen {symbol: r.symbol})
                MERGE (x)-[e:TARGETS]->(a)
                ON CREATE SET e.method = r.method, e.evidence = r.evidence, e.quote = r.quote, e.field = r.field,
                              e.confidence = r.confidence, e.reference = r.reference
                WITH e, r, coalesce(e.sources, []) AS old
                // A dictionary link is a curated fact: the records that brought it are examples, kept to a few so
                // that a hub therapy (tested in thousands of trials) does not rewrite an ever longer list.
                WITH e, old, [s IN r.srcs WHERE NOT s IN old] AS added,
                     CASE WHEN e.method = 'dictionary' THEN $maxExamples - size(old) ELSE size(r.srcs) END AS room
                WITH e, old, CASE WHEN room <= 0 THEN [] ELSE added[0..room] END AS added
                FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET e.sources = old + added)""");
        trialRelationship(STUDIES_CANCER, "MATCH (x:Cancer {id: r.toId})", "(t)-[e:STUDIES]->(x)",
                "e.field = r.field, e.quote = r.quote, e.method = r.method");
        trialRelationship(STUDIES_CONDITION, "MATCH (x:Condition {id: r.toId})",
                "(t)-[e:STUDIES]->(x)", "e.field = r.field, e.quote = r.quote, e.method = r.method");
        trialRelationship(SPONSORED_BY, "MATCH (x:Institution {id: r.toId})",
                "(t)-[e:SPONSORED_BY {role: r.role}]->(x)", "e.field = r.field, e.quote = r.quote, e.method = 'record'");
        trialRelationship(CONDUCTED_AT, "MATCH (x:Institution {id: r.toId})",
                "(t)-[e:CONDUCTED_AT]->(x)", "e.field = r.field, e.quote = r.quote, e.method = 'record'");
        trialRelationship(OFFICIAL_OF, "MATCH (x:Person {id: r.personId})",
                "(x)-[e:OFFICIAL_OF]->(t)", "e.role = r.role, e.field = r.field, e.quote = r.quote, e.method = 'record'");
        trialRelationship(REPORTS, "MATCH (x:Publication {id: r.publicationId})",
                "(x)-[e:REPORTS]->(t)", "e.type = r.type, e.field = r.field, e.method = 'record'");
        trialRelationship(CITES, "MATCH (x:Publication {id: r.publicationId})",
                "(t)-[e:CITES]->(x)", "e.type = r.type, e.field = r.field, e.method = 'record'");
        // Facts about the institution or person themselves: sourced by the record that first stated them, and
        // not retracted with it (see docs/adr/0002-import-provenance.md).
        STATEMENTS.put(LOCATED_IN, """
                UNWIND $rows AS r
                MATCH (i:Institution {id: r.fromId})
                MATCH (c:Country {code: r.code})
                MERGE (i)-[e:LOCATED_IN]->(c)
                ON CREATE SET e.sources = [r.src], e.evidence = 'stated', e.confidence = 0.9, e.method = 'record',
                              e.field = 'locations'""");
        STATEMENTS.put(AFFILIATED_WITH, """
                UNWIND $rows AS r
                MATCH (p:Person {id: r.personId})
                MATCH (i:Institution {id: r.toId})
                MERGE (p)-[e:AFFILIATED_WITH]->(i)
                ON CREATE SET e.sources = [r.src], e.evidence = 'stated', e.confidence = 0.9, e.method = 'record',
                              e.field = 'overallOfficials', e.quote = r.quote""");
    }

    private static String cypher(String statement) {
        return "CYPHER replan=skip\n" + statement;
    }

    /**
     * A relationship owned by the trial: created with the record's words, its source appended on every import. A
     * trial new to the graph has none of these yet, so for new trials the relationship is created outright (its
     * rows are already one per relationship: {@link TrialGraph} keys them by the other end); for a trial being
     * updated it is merged.
     */
    private static void trialRelationship(TrialGraph.Part part, String matchOther, String pattern, String onCreate) {
        String match = "UNWIND $rows AS r\nMATCH (t:Trial {nctId: r.nctId})\n" + matchOther;
        STATEMENTS.put(part, match + "\nMERGE " + pattern + "\nON CREATE SET " + onCreate
                + ", e.evidence = 'stated', e.confidence = 1.0\n" + APPEND_SOURCE);
        NEW_TRIAL_STATEMENTS.put(part, match + "\nCREATE " + pattern + "\nSET " + onCreate
                + ", e.evidence = 'stated', e.confidence = 1.0, e.sources = [r.src]");
    }

    private final Driver driver;
    private final TrialMapper mapper;
    private final int batchSize;

    public TrialWriter(Driver driver, TrialMapper mapper, int batchSize) {
        this.driver = driver;
        this.mapper = mapper;
        this.batchSize = Math.max(1, batchSize);
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Normalises and writes already-parsed records, {@code batchSize} records per transaction. Normalising is pure
     * CPU work, so the next batch is normalised (on all cores) while the current one is being written.
     */
    public Result write(List<TrialRecord> records) {
        Map<String, String> files = new java.util.concurrent.ConcurrentHashMap<>();
        List<RecordRejection> rejected = java.util.Collections.synchronizedList(new ArrayList<>());
        Result result = Result.EMPTY;
        java.util.concurrent.CompletableFuture<List<TrialGraph>> next = mapAsync(records, 0, files, rejected);
        for (int from = 0; from < records.size(); from += batchSize) {
            List<TrialGraph> graphs = next.join();
            next = mapAsync(records, from + batchSize, files, rejected);
            if (!graphs.isEmpty()) {
                result = result.plus(writeGraphs(graphs, files));
            }
        }
        return result.plus(new Result(0, 0, 0, List.copyOf(rejected), 0, 0, 0, 0));
    }

    private java.util.concurrent.CompletableFuture<List<TrialGraph>> mapAsync(List<TrialRecord> records, int from,
            Map<String, String> files, List<RecordRejection> rejected) {
        if (from >= records.size()) {
            return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
        List<TrialRecord> slice = records.subList(from, Math.min(records.size(), from + batchSize));
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> slice.parallelStream().map(record -> {
            try {
                files.put(record.nctId(), record.file());
                return mapper.map(record);
            } catch (RuntimeException e) {
                rejected.add(new RecordRejection(record.file(), record.nctId(), null, "cannot be normalised: " + e));
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList());
    }

    /** Writes one batch in one transaction; if it fails for good, each record in its own, rejecting the failures. */
    Result writeGraphs(List<TrialGraph> batch, Map<String, String> files) {
        // The last occurrence of an NCT id in a batch wins, as it would across batches.
        Map<String, TrialGraph> unique = new LinkedHashMap<>();
        batch.forEach(g -> unique.put(g.nctId(), g));
        List<TrialGraph> graphs = new ArrayList<>(unique.values());
        Neo4jException failure = null;
        // A record alone is tried again after a uniqueness failure: an overlapping import was creating the same trial
        // (or node) and had not committed when this transaction looked for it; once it has, the record is found and
        // compared by hash like any other (ConcurrentImportIT met this race).
        for (int attempt = 0; attempt < (graphs.size() == 1 ? CONSTRAINT_RACE_ATTEMPTS : 1); attempt++) {
            try (Session session = driver.session(SessionConfig.defaultConfig())) {
                return session.executeWrite(tx -> writeInTransaction(tx, graphs));
            } catch (Neo4jException e) {
                failure = e;
                if (!"Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                    break;
                }
            }
        }
        if (graphs.size() == 1) {
            TrialGraph g = graphs.get(0);
            log.warn("Trial {} not written: {}", g.nctId(), failure.getMessage());
            return new Result(0, 0, 0, List.of(new RecordRejection(files.get(g.nctId()), g.nctId(), null,
                    "the database refused the record (" + failure.code() + ")")), 0, 0, 0, 0);
        }
        // A batch that failed for good is written record by record, so one bad record is rejected alone.
        Result result = Result.EMPTY;
        for (TrialGraph g : graphs) {
            result = result.plus(writeGraphs(List.of(g), files));
        }
        return result;
    }

    private Result writeInTransaction(TransactionContext tx, List<TrialGraph> graphs) {
        Map<String, String> stored = new HashMap<>();
        tx.run(cypher("UNWIND $ids AS id MATCH (t:Trial {nctId: id}) RETURN id, t.recordHash AS hash"),
                        Map.of("ids", graphs.stream().map(TrialGraph::nctId).toList()))
                .forEachRemaining(r -> stored.put(r.get("id").asString(), r.get("hash").asString(null)));
        List<TrialGraph> changed = new ArrayList<>();
        Set<String> fresh = new HashSet<>();
        List<Map<String, Object>> retract = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (TrialGraph g : graphs) {
            if (!stored.containsKey(g.nctId())) {
                fresh.add(g.nctId());
                changed.add(g);
            } else if (g.hash().equals(stored.get(g.nctId()))) {
                unchanged++;
            } else {
                updated++;
                changed.add(g);
                retract.add(Map.of("nctId", g.nctId(), "src", g.sourceId()));
            }
        }
        long[] counts = new long[3];
        if (!retract.isEmpty()) {
            add(counts, tx.run(RETRACT, Map.of("rows", retract)).consume().counters());
        }
        long entities = 0;
        for (TrialGraph.Part part : TrialGraph.Part.values()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Map<String, Object>> newTrialRows = new ArrayList<>();
            boolean node = part.ordinal() <= PUBLICATION.ordinal() && part != TRIAL;
            Map<Object, Map<String, Object>> nodes = new LinkedHashMap<>();
            for (TrialGraph g : changed) {
                boolean create = fresh.contains(g.nctId()) && NEW_TRIAL_STATEMENTS.containsKey(part);
                for (Map<String, Object> row : g.rows(part)) {
                    if (node) {
                        // A node shared by several records of the batch is merged once.
                        nodes.merge(row.getOrDefault("id", row.getOrDefault("symbol", row.get("code"))), row,
                                (kept, later) -> mergedNodeRow(part, kept, later));
                    } else {
                        (create ? newTrialRows : rows).add(row);
                    }
                }
            }
            rows.addAll(nodes.values());
            entities += rows.size() + newTrialRows.size();
            run(tx, counts, NEW_TRIAL_STATEMENTS.get(part), newTrialRows);
            run(tx, counts, STATEMENTS.get(part), switch (part) {
                case TARGETS -> targetRows(rows);
                // Merged with the first record's words only (ON CREATE): later rows for the same pair change nothing.
                case LOCATED_IN -> firstPerKey(rows, "fromId", "code");
                case AFFILIATED_WITH -> firstPerKey(rows, "personId", "toId");
                default -> rows;
            });
        }
        return new Result(fresh.size(), updated, unchanged, List.of(), counts[0], counts[1], counts[2], entities);
    }

    /**
     * One row for a node named by several records of a batch, with the effect the rows would have one after another:
     * the first row's properties, an institution's city and country from the first row that knows them, and a
     * therapy's synonyms from every row (see the INSTITUTION and THERAPY statements). The records' own rows are not
     * changed: a batch that fails is written again record by record.
     */
    static Map<String, Object> mergedNodeRow(TrialGraph.Part part, Map<String, Object> kept, Map<String, Object> later) {
        if (part == INSTITUTION) {
            boolean city = kept.get("city") == null && later.get("city") != null;
            boolean country = kept.get("country") == null && later.get("country") != null;
            if (!city && !country) {
                return kept;
            }
            Map<String, Object> row = new LinkedHashMap<>(kept);
            row.put("city", city ? later.get("city") : kept.get("city"));
            row.put("country", country ? later.get("country") : kept.get("country"));
            return row;
        }
        if (part == THERAPY && later.get("synonyms") instanceof List<?> more && !more.isEmpty()) {
            List<Object> synonyms = kept.get("synonyms") instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            List<Object> added = more.stream().filter(s -> !synonyms.contains(s)).map(Object.class::cast).toList();
            if (added.isEmpty()) {
                return kept;
            }
            synonyms.addAll(added);
            Map<String, Object> row = new LinkedHashMap<>(kept);
            row.put("synonyms", synonyms);
            return row;
        }
        return kept;
    }

    private static void run(TransactionContext tx, long[] counts, String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            add(counts, tx.run(cypher(statement), Map.of("rows", rows, "maxExamples", MAX_EXAMPLES))
                    .consume().counters());
        }
    }

    /**
     * TARGETS rows of a batch, one per (therapy, antigen): a hub therapy is tested by many trials of a batch, and one
     * row per trial would merge the same relationship again and again (each time locking it). The first row's
     * words are kept (what MERGE ... ON CREATE would keep); {@code srcs} lists every row's record, in order.
     */
    static List<Map<String, Object>> targetRows(List<Map<String, Object>> rows) {
        Map<List<Object>, Map<String, Object>> byLink = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> link = byLink.computeIfAbsent(List.of(row.get("therapyId"), row.get("symbol")), k -> {
                Map<String, Object> first = new HashMap<>(row);
                first.put("srcs", new ArrayList<>());
                return first;
            });
            @SuppressWarnings("unchecked")
            List<Object> srcs = (List<Object>) link.get("srcs");
            if (!srcs.contains(row.get("src"))) {
                srcs.add(row.get("src"));
            }
        }
        return new ArrayList<>(byLink.values());
    }

    private static List<Map<String, Object>> firstPerKey(List<Map<String, Object>> rows, String from, String to) {
        Map<List<Object>, Map<String, Object>> first = new LinkedHashMap<>();
        rows.forEach(row -> first.putIfAbsent(Arrays.asList(row.get(from), row.get(to)), row));
        return new ArrayList<>(first.values());
    }

    private static void add(long[] counts, SummaryCounters c) {
        counts[0] += c.nodesCreated();
        counts[1] += c.relationshipsCreated();
        counts[2] += c.propertiesSet();
    }
}
