package org.oncograph.graph;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.oncograph.OncoGraphProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the whole graph as one Cypher script that any Neo4j 5 loads into an empty database to reproduce it:
 * OncoGraph's schema ({@code cypher/schema/}), every node merged on its key, every relationship between keys, all
 * properties, in batched {@code UNWIND [...] AS row MERGE ...} statements. No internal id is written: a node whose
 * labels have no key (none in OncoGraph's model) gets a temporary reference property that the script removes at its
 * end. The script ends with a {@link #END_MARKER} line, so a truncated copy can be told from a whole one.
 */
@Component
public class GraphExport {

    /** First words of the last line of every complete export. */
    public static final String END_MARKER = "// End of OncoGraph export:";
    /** First words of every export. */
    public static final String START_MARKER = "// OncoGraph export";

    static final String REF = "__oncographExportRef";

    private static final String KEYS = """
            SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
            WHERE entityType = 'NODE' AND type IN ['UNIQUENESS', 'NODE_KEY'] AND size(labelsOrTypes) = 1
            RETURN labelsOrTypes[0] AS label, properties
            ORDER BY size(properties), name""";
    private static final String LABEL_SETS = """
            MATCH (n) RETURN labels(n) AS labels, count(*) AS nodes""";
    private static final String RELATIONSHIP_GROUPS = """
            MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS from, labels(b) AS to, count(*) AS relationships""";

    /** How many rows go into one {@code UNWIND} statement. */
    private final int batchSize;
    private final Driver driver;
    private final String schemaLocation;

    GraphExport(Driver driver, OncoGraphProperties properties) {
        this.driver = driver;
        this.schemaLocation = properties.graph().schemaLocation();
        this.batchSize = properties.export().batchSize();
    }

    /** What an export wrote. */
    public record Summary(long nodes, long relationships) {
    }

    /** A label set's key: the label whose uniqueness constraint identifies the node, and its properties. */
    private record NodeKey(String label, List<String> properties) {
    }

    /** Writes the export to {@code out} (not closed), reading in read transactions so clusters serve it from secondaries. */
    public Summary write(Writer out) throws IOException {
        var script = new BatchedScript(out, batchSize);
        out.write(START_MARKER + ": the whole graph as Cypher, written " + Instant.now() + ".\n"
                + "// Load it into an empty Neo4j 5 database (Community, Enterprise or Aura) with\n"
                + "//   cypher-shell -a neo4j://HOST:7687 -u neo4j -p PASSWORD -f THIS_FILE\n"
                + "// or into an OncoGraph data folder (app stopped) with\n"
                + "//   java -jar oncograph.jar --oncograph.export.load-from=THIS_FILE\n"
                + "// Nodes are merged on their keys, never on internal ids, so loading it twice changes nothing;\n"
                + "// only relationships repeated between the same two nodes are created rather than merged.\n\n");
        writeSchema(out);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            Map<String, NodeKey> keys = keys(session);
            Map<String, Long> refs = new HashMap<>();
            long nodes = writeNodes(session, script, keys, refs);
            script.flush();
            long relationships = writeRelationships(session, script, keys, refs);
            script.flush();
            if (!refs.isEmpty()) {
                out.write("MATCH (n) WHERE n." + REF + " IS NOT NULL REMOVE n." + REF + ";\n");
            }
            out.write("\n" + END_MARKER + " " + nodes + " nodes, " + relationships + " relationships.\n");
            out.flush();
            return new Summary(nodes, relationships);
        }
    }

    /**
     * Runs a Cypher script (an export, or any script of {@code ;}-separated statements) statement by statement, each
     * in its own write transaction that the driver retries on transient errors. An export without its end line is
     * refused before anything runs: it was cut short, and loading it would give a graph that silently lacks data.
     *
     * @return the number of statements run
     */
    public int load(String name, String script) {
        if (script.startsWith(START_MARKER) && !script.contains("\n" + END_MARKER)) {
            throw new GraphStartupException(name + " is an incomplete OncoGraph export: its last line, \""
                    + END_MARKER + " ...\", is missing, so the file was cut short.",
                    "Export the graph again, or restore from a complete copy.", null);
        }
        List<CypherScript.Statement> statements;
        try {
            statements = CypherScript.parse(name, script).statements();
        } catch (IllegalArgumentException e) {
            throw new CypherFileException(name, e.getMessage(), e);
        }
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            for (int i = 0; i < statements.size(); i++) {
                var statement = statements.get(i);
                try {
                    session.executeWriteWithoutResult(tx -> tx.run(statement.text()).consume());
                } catch (org.neo4j.driver.exceptions.Neo4jException e) {
                    throw new CypherFileException(name, i + 1, statement.line(), e.getMessage(), e);
                }
            }
        }
        return statements.size();
    }

    private void writeSchema(Writer out) throws IOException {
        out.write("// Schema: OncoGraph's constraints and indexes, before the data so that every MERGE uses them.\n");
        for (CypherScript file : GraphInitializer.load(schemaLocation)) {
            for (CypherScript.Statement statement : file.statements()) {
                out.write(statement.text() + ";\n");
            }
        }
        out.write("CALL db.awaitIndexes(300);\n\n");
    }

    private static Map<String, NodeKey> keys(Session session) {
        Map<String, NodeKey> keys = new LinkedHashMap<>();
        session.run(KEYS).forEachRemaining(r -> keys.putIfAbsent(r.get("label").asString(),
                new NodeKey(r.get("label").asString(), r.get("properties").asList(Value::asString))));
        return keys;
    }

    private long writeNodes(Session session, BatchedScript script, Map<String, NodeKey> keys, Map<String, Long> refs)
            throws IOException {
        long nodes = 0;
        for (List<String> labels : sorted(session.run(LABEL_SETS).list(r -> r.get("labels").asList(Value::asString)))) {
            NodeKey key = labels.stream().filter(keys::containsKey).map(keys::get).findFirst().orElse(null);
            List<String> keyProperties = key == null ? List.of() : key.properties();
            String query = "MATCH " + pattern("n", labels) + " WHERE " + exactly("n", "labels")
                    + " RETURN elementId(n) AS id, [k IN $keys | n[k]] AS key, properties(n) AS p";
            String merge = key == null ? null : "MERGE (n:" + CypherLiterals.quotedName(key.label()) + " {"
                    + keyPattern(key, "row.k") + "})\nSET n += row.p" + extraLabels(labels, key.label()) + ";\n";
            String create = "CREATE (n" + labelText(labels) + ")\nSET n = row.p, n." + REF + " = row.r;\n";
            var result = session.run(query, Map.of("labels", labels, "keys", keyProperties));
            while (result.hasNext()) {
                Record node = result.next();
                List<Object> keyValues = node.get("key").asList(Value::asObject);
                StringBuilder row = new StringBuilder();
                if (key != null && !keyValues.contains(null)) {
                    row.append("{k: ");
                    CypherLiterals.append(row, keyValues.size() == 1 ? keyValues.get(0) : keyValues);
                    row.append(", p: ");
                    CypherLiterals.appendMap(row, node.get("p").asMap(Value::asObject));
                    script.add(merge, row.append('}').toString());
                } else {
                    long ref = refs.size() + 1L;
                    refs.put(node.get("id").asString(), ref);
                    row.append("{r: ").append(ref).append(", p: ");
                    CypherLiterals.appendMap(row, node.get("p").asMap(Value::asObject));
                    script.add(create, row.append('}').toString());
                }
                nodes++;
            }
        }
        return nodes;
    }

    private long writeRelationships(Session session, BatchedScript script, Map<String, NodeKey> keys,
                                    Map<String, Long> refs) throws IOException {
        long relationships = 0;
        var groups = session.run(RELATIONSHIP_GROUPS).list(r -> List.of(r.get("type").asString(),
                r.get("from").asList(Value::asString), r.get("to").asList(Value::asString)));
        for (List<?> group : sorted(groups)) {
            String type = (String) group.get(0);
            @SuppressWarnings("unchecked") List<String> from = (List<String>) group.get(1);
            @SuppressWarnings("unchecked") List<String> to = (List<String>) group.get(2);
            NodeKey fromKey = from.stream().filter(keys::containsKey).map(keys::get).findFirst().orElse(null);
            NodeKey toKey = to.stream().filter(keys::containsKey).map(keys::get).findFirst().orElse(null);
            String query = "MATCH " + pattern("a", from) + "-[r:" + CypherLiterals.quotedName(type) + "]->"
                    + pattern("b", to) + " WHERE " + exactly("a", "from") + " AND " + exactly("b", "to") + """
                     WITH a, b, collect(properties(r)) AS ps
                     RETURN elementId(a) AS fromId, [k IN $fromKeys | a[k]] AS fromKey,
                            elementId(b) AS toId, [k IN $toKeys | b[k]] AS toKey, ps""";
            var result = session.run(query, Map.of("from", from, "to", to,
                    "fromKeys", fromKey == null ? List.of() : fromKey.properties(),
                    "toKeys", toKey == null ? List.of() : toKey.properties()));
            while (result.hasNext()) {
                Record pair = result.next();
                StringBuilder ends = new StringBuilder();
                String matchFrom = endpoint(ends, "a", from, fromKey, pair.get("fromKey"), pair.get("fromId"), refs);
                ends.append(", ");
                String matchTo = endpoint(ends, "b", to, toKey, pair.get("toKey"), pair.get("toId"), refs);
                String head = matchFrom + "\n" + matchTo + "\n";
                String rel = "(a)-[r:" + CypherLiterals.quotedName(type) + "]->(b)";
                List<Map<String, Object>> parallel = pair.get("ps").asList(v -> v.asMap(Value::asObject));
                for (int i = 0; i < parallel.size(); i++) {
                    StringBuilder row = new StringBuilder("{").append(ends).append(", p: ");
                    CypherLiterals.appendMap(row, parallel.get(i));
                    // The first relationship of a type between two nodes is merged; only true repeats are created.
                    script.add(head + (i == 0 ? "MERGE " + rel + "\nSET r += row.p;\n"
                            : "CREATE " + rel + "\nSET r = row.p;\n"), row.append('}').toString());
                    relationships++;
                }
            }
        }
        return relationships;
    }

    /** Appends {@code name: value} for one end of a relationship and returns the MATCH that finds it again. */
    private static String endpoint(StringBuilder row, String name, List<String> labels, NodeKey key, Value keyValue,
                                   Value elementId, Map<String, Long> refs) {
        List<Object> values = keyValue.asList(Value::asObject);
        row.append(name).append(": ");
        if (key != null && !values.contains(null)) {
            CypherLiterals.append(row, values.size() == 1 ? values.get(0) : values);
            return "MATCH (" + name + ":" + CypherLiterals.quotedName(key.label()) + " {"
                    + keyPattern(key, "row." + name) + "})";
        }
        row.append(refs.get(elementId.asString()));
        return "MATCH (" + name + labelText(labels) + " {" + REF + ": row." + name + "})";
    }

    /** Groups in a fixed order, so that two exports of one graph come out the same. */
    private static <T> List<T> sorted(List<T> groups) {
        List<T> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(Object::toString));
        return sorted;
    }

    /** A node pattern that starts from one of the labels (a label scan), or from all nodes when it has none. */
    private static String pattern(String variable, List<String> labels) {
        return "(" + variable + (labels.isEmpty() ? "" : ":" + CypherLiterals.quotedName(labels.get(0))) + ")";
    }

    private static String exactly(String variable, String parameter) {
        return "size(labels(" + variable + ")) = size($" + parameter + ") AND all(l IN labels(" + variable
                + ") WHERE l IN $" + parameter + ")";
    }

    private static String keyPattern(NodeKey key, String value) {
        if (key.properties().size() == 1) {
            return CypherLiterals.name(key.properties().get(0)) + ": " + value;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.properties().size(); i++) {
            parts.add(CypherLiterals.name(key.properties().get(i)) + ": " + value + "[" + i + "]");
        }
        return String.join(", ", parts);
    }

    private static String labelText(List<String> labels) {
        return labels.stream().map(l -> ":" + CypherLiterals.quotedName(l)).collect(Collectors.joining());
    }

    private static String extraLabels(List<String> labels, String keyLabel) {
        String extra = labels.stream().filter(l -> !l.equals(keyLabel))
                .map(l -> ":" + CypherLiterals.quotedName(l)).collect(Collectors.joining());
        return extra.isEmpty() ? "" : "\nSET n" + extra;
    }

    /**
     * Rows gathered per statement shape (the clauses after {@code UNWIND [...] AS row}) and written as one
     * statement per {@code batchSize} rows.
     */
    private static final class BatchedScript {

        private final Writer out;
        private final int batchSize;
        private final Map<String, List<String>> pending = new LinkedHashMap<>();

        BatchedScript(Writer out, int batchSize) {
            this.out = out;
            this.batchSize = batchSize;
        }

        void add(String shape, String row) throws IOException {
            List<String> rows = pending.computeIfAbsent(shape, s -> new ArrayList<>());
            rows.add(row);
            if (rows.size() >= batchSize) {
                write(shape, rows);
                rows.clear();
            }
        }

        void flush() throws IOException {
            for (var entry : pending.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    write(entry.getKey(), entry.getValue());
                }
            }
            pending.clear();
        }

        private void write(String shape, List<String> rows) throws IOException {
            out.write("UNWIND [\n  " + String.join(",\n  ", rows) + "\n] AS row\n" + shape + "\n");
        }
    }
}
