package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oncograph.graph.GraphSnapshot;

/**
 * What ClinicalTrials.gov imports left in a graph, in forms that two graphs can be compared by: each imported trial
 * with everything attached to it, the records that any node or relationship cites, nodes that nothing links to, and
 * duplicates. Nodes are named by their key ({@code nctId}, {@code id}, {@code symbol} or {@code code}).
 */
final class ImportedGraph {

    private static final String KEY = "coalesce(%1$s.nctId, %1$s.id, %1$s.symbol, %1$s.code)";

    private ImportedGraph() {
    }

    private static List<Record> query(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records();
    }

    private static String properties(Value map) {
        return new TreeMap<>(map.asMap(Value::asObject)).toString();
    }

    /**
     * Every trial a record was imported for (only the importer sets {@code recordHash}; the seed holds a few trials
     * too): its properties and each relationship it has, with direction, type, properties and the other end's labels
     * and key.
     */
    static Map<String, List<String>> trials(Driver driver) {
        Map<String, List<String>> trials = new TreeMap<>();
        for (Record r : query(driver, """
                MATCH (t:Trial) WHERE t.recordHash IS NOT NULL
                OPTIONAL MATCH (t)-[e]-(x)
                RETURN t.nctId AS id, properties(t) AS trial, type(e) AS type, startNode(e) = t AS out,
                       properties(e) AS properties, labels(x) AS labels, %s AS key""".formatted(KEY.formatted("x")))) {
            List<String> facts = trials.computeIfAbsent(r.get("id").asString(), id -> {
                List<String> list = new ArrayList<>();
                list.add("trial " + properties(r.get("trial")));
                return list;
            });
            if (!r.get("type").isNull()) {
                facts.add((r.get("out").asBoolean() ? "-[" : "<-[") + r.get("type").asString() + " "
                        + properties(r.get("properties")) + "]- " + r.get("labels").asList(Value::asString) + " "
                        + r.get("key").asString(null));
            }
        }
        trials.values().forEach(facts -> facts.sort(null));
        return trials;
    }

    /** How many trials an import has written so far. */
    static int importedTrials(Driver driver) {
        return query(driver, "MATCH (t:Trial) WHERE t.recordHash IS NOT NULL RETURN count(t) AS n").get(0)
                .get("n").asInt();
    }

    /** The NCT ids of the {@code ctgov:} sources that any node or relationship names in its {@code sources}. */
    static Set<String> citedRecords(Driver driver) {
        Set<String> ids = new TreeSet<>();
        for (Record r : query(driver, """
                CALL () {
                  MATCH (n) WHERE n.sources IS NOT NULL RETURN n.sources AS sources
                  UNION ALL
                  MATCH ()-[e]->() WHERE e.sources IS NOT NULL RETURN e.sources AS sources
                }
                UNWIND sources AS source
                WITH DISTINCT source WHERE source STARTS WITH 'ctgov:'
                RETURN substring(source, 6) AS id""")) {
            ids.add(r.get("id").asString());
        }
        return ids;
    }

    /** The NCT ids of the {@code Source} nodes of ClinicalTrials.gov records (imported, or cited by the seed). */
    static Set<String> sourceNodes(Driver driver) {
        Set<String> ids = new TreeSet<>();
        query(driver, "MATCH (s:Source) WHERE s.id STARTS WITH 'ctgov:' RETURN substring(s.id, 6) AS id")
                .forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    /** Nodes only imported records are the sources of, that nothing links to: what a half-written trial leaves. */
    static List<String> orphans(Driver driver) {
        return query(driver, """
                MATCH (n) WHERE size(n.sources) > 0 AND all(s IN n.sources WHERE s STARTS WITH 'ctgov:')
                  AND NOT EXISTS { (n)--() }
                RETURN labels(n) + %s AS node ORDER BY node""".formatted(KEY.formatted("n")))
                .stream().map(r -> r.get("node").toString()).toList();
    }

    /** Keys held by more than one node of a label. */
    static List<String> duplicateNodes(Driver driver) {
        return query(driver, """
                MATCH (n) UNWIND labels(n) AS label
                WITH label, %s AS key, count(*) AS copies WHERE key IS NOT NULL AND copies > 1
                RETURN label + ' ' + key + ' x' + copies AS duplicate ORDER BY duplicate"""
                .formatted(KEY.formatted("n")))
                .stream().map(r -> r.get("duplicate").asString()).toList();
    }

    /**
     * Pairs of nodes joined more than once by one type: never right, except where the model keeps distinct facts
     * apart by a property (a sponsor that is both {@code lead} and {@code collaborator}: SPONSORED_BY's role).
     */
    static List<String> duplicateRelationships(Driver driver) {
        return query(driver, """
                MATCH (a)-[e]->(b)
                WITH a, b, type(e) AS type, e.role AS role, count(*) AS copies WHERE copies > 1
                RETURN %s + ' -[' + type + coalesce(' ' + role, '') + ']-> ' + %s + ' x' + copies AS duplicate
                ORDER BY duplicate""".formatted(KEY.formatted("a"), KEY.formatted("b")))
                .stream().map(r -> r.get("duplicate").asString()).toList();
    }

    /** Asserts two graphs are the same up to internal ids, showing a few differences rather than both graphs. */
    static void assertSame(GraphSnapshot actual, GraphSnapshot expected) {
        assertThat(actual.labels()).as("nodes per label").isEqualTo(expected.labels());
        assertThat(actual.types()).as("relationships per type").isEqualTo(expected.types());
        assertThat(difference(actual.nodes(), expected.nodes())).as("nodes not as expected").isEmpty();
        assertThat(difference(actual.relationships(), expected.relationships()))
                .as("relationships not as expected").isEmpty();
    }

    /** The first few entries only one side has ({@code +} actual only, {@code -} expected only), counting repeats. */
    private static List<String> difference(List<String> actual, List<String> expected) {
        Map<String, Integer> counts = new HashMap<>();
        actual.forEach(s -> counts.merge(s, 1, Integer::sum));
        expected.forEach(s -> counts.merge(s, -1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() != 0).limit(10)
                .map(e -> (e.getValue() > 0 ? "+ " : "- ") + e.getKey()).toList();
    }
}
