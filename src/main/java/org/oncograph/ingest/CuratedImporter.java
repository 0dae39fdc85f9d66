package org.oncograph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;
import org.oncograph.graph.GraphChangedEvent;
import org.oncograph.graph.GraphMetrics;
import org.oncograph.graph.GraphMetrics.RecordResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports curated tables, so analysts add knowledge without writing Cypher: therapies, antigens, cancers,
 * institutions and relationships, as CSV ({@code ?table=}), a zip of {@code <table>.csv} files, or JSON
 * ({@code {"therapies": [{...}], "relationships": [...]}}). Columns are in docs/ingest.md. Every relationship row
 * needs a {@code source}; rows that break a rule are rejected with their line and column, the valid ones are merged
 * in one transaction. Each import is counted in {@link GraphMetrics} (source {@code curated}).
 */
@Service
public class CuratedImporter {

    /** What a curated import did. */
    public record Report(int rows, int imported, int rejectedCount, List<RecordRejection> rejected,
                         long nodesCreated, long relationshipsCreated, long propertiesSet) {
    }

    /** The tables, with the column that keys each row. */
    enum Table {
        THERAPIES, ANTIGENS, CANCERS, INSTITUTIONS, RELATIONSHIPS;

        static Table of(String name) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.(csv|json)$", "");
            n = n.substring(n.lastIndexOf('/') + 1);
            for (Table t : values()) {
                if (t.name().equalsIgnoreCase(n)) {
                    return t;
                }
            }
            throw new UnreadableImportException("unknown curated table '" + name
                    + "': expected therapies, antigens, cancers, institutions or relationships");
        }
    }

    /** Node labels a relationship row may name, each with its key property. */
    enum Label {
        THERAPY("Therapy", "id"), ANTIGEN("Antigen", "symbol"), CANCER("Cancer", "id"), TRIAL("Trial", "nctId"),
        INSTITUTION("Institution", "id"), MODALITY("Modality", "id"), COUNTRY("Country", "code"),
        PERSON("Person", "id"), PUBLICATION("Publication", "id"), PROJECT("Project", "id"),
        ADVERSE_EFFECT("AdverseEffect", "id");

        final String label;
        final String key;

        Label(String label, String key) {
            this.label = label;
            this.key = key;
        }

        static Label of(String name) {
            for (Label l : values()) {
                if (l.label.equalsIgnoreCase(name)) {
                    return l;
                }
            }
            return null;
        }
    }

    /** Relationship types a curated row may add, with the labels at each end (from docs/graph-model.md). */
    enum Relationship {
        TARGETS(Label.THERAPY, Label.ANTIGEN), HAS_MODALITY(Label.THERAPY, Label.MODALITY),
        STUDIED_FOR(Label.THERAPY, Label.CANCER), MAY_CAUSE(Label.THERAPY, Label.ADVERSE_EFFECT),
        EXPRESSED_IN(Label.ANTIGEN, Label.CANCER), SUBTYPE_OF(Label.CANCER, Label.CANCER),
        DEVELOPS(Label.INSTITUTION, Label.THERAPY), PART_OF(Label.INSTITUTION, Label.INSTITUTION),
        LOCATED_IN(Label.INSTITUTION, Label.COUNTRY), TESTS(Label.TRIAL, Label.THERAPY),
        STUDIES(Label.TRIAL, Label.CANCER), SPONSORED_BY(Label.TRIAL, Label.INSTITUTION),
        CONDUCTED_AT(Label.TRIAL, Label.INSTITUTION), AFFILIATED_WITH(Label.PERSON, Label.INSTITUTION),
        AUTHORED(Label.PERSON, Label.PUBLICATION), REPORTS(Label.PUBLICATION, Label.TRIAL),
        DESCRIBES(Label.PUBLICATION, Label.THERAPY);

        final Label from;
        final Label to;

        Relationship(Label from, Label to) {
            this.from = from;
            this.to = to;
        }
    }

    /**
     * A relationship's sources with the row's source among the ones a person gave (curated tables, seeds, references),
     * and those before the registry records, each group in the order recorded. Answers list a relationship's first 20
     * sources (graph-model.md): a hub therapy's TARGETS link is stated by thousands of records, and a curated source
     * appended after them was never shown, though the link's evidence then says "curated". A source that an older
     * version appended after the records is moved when its row is imported again.
     *
     * <p>The list ({@code old}) is read from the store once.
     */
    private static final String CURATED_SOURCES_FIRST = """
            [s IN old WHERE NOT s STARTS WITH $recordPrefix]
                + CASE WHEN r.source IN old THEN [] ELSE [r.source] END
                + [s IN old WHERE s STARTS WITH $recordPrefix]""";

    private static final String SOURCES = """
            UNWIND $rows AS r
            MERGE (s:Source {id: r.source})
            ON CREATE SET s.kind = r.kind, s.url = r.url""";

    private static final Map<Table, String> NODE_STATEMENTS = Map.of(
            Table.THERAPIES, """
                    UNWIND $rows AS r
                    MERGE (n:Therapy {id: r.id})
                    SET n.name = r.name, n.synonyms = r.synonyms, n.modality = coalesce(r.modality, n.modality),
                        n.sources = CASE WHEN r.source IS NULL OR r.source IN coalesce(n.sources, []) THEN n.sources
                                         ELSE coalesce(n.sources, []) + r.source END""",
            Table.ANTIGENS, """
                    UNWIND $rows AS r
                    MERGE (n:Antigen {symbol: r.symbol})
                    SET n.name = coalesce(r.name, n.name), n.hgncId = coalesce(r.hgncId, n.hgncId),
                        n.synonyms = r.synonyms,
                        n.sources = CASE WHEN r.source IS NULL OR r.source IN coalesce(n.sources, []) THEN n.sources
                                         ELSE coalesce(n.sources, []) + r.source END""",
            Table.CANCERS, """
                    UNWIND $rows AS r
                    MERGE (n:Cancer {id: r.id})
                    SET n.name = r.name, n.synonyms = r.synonyms,
                        n.mondoId = CASE WHEN r.id STARTS WITH 'MONDO:' THEN r.id ELSE n.mondoId END,
                        n.ncitId = CASE WHEN r.id STARTS WITH 'NCIT:' THEN r.id ELSE n.ncitId END,
                        n.sources = CASE WHEN r.source IS NULL OR r.source IN coalesce(n.sources, []) THEN n.sources
                                         ELSE coalesce(n.sources, []) + r.source END""",
            Table.INSTITUTIONS, """
                    UNWIND $rows AS r
                    MERGE (n:Institution {id: r.id})
                    SET n.name = r.name, n.aliases = r.aliases, n.city = coalesce(r.city, n.city),
                        n.country = coalesce(r.country, n.country), n.rorId = coalesce(r.rorId, n.rorId),
                        n.kind = coalesce(r.kind, n.kind),
                        n.sources = CASE WHEN r.source IS NULL OR r.source IN coalesce(n.sources, []) THEN n.sources
                                         ELSE coalesce(n.sources, []) + r.source END""");

    private final Driver driver;
    private final IngestProperties limits;
    private final ApplicationEventPublisher events;
    private final GraphMetrics metrics;
    private final ObjectMapper json = JsonMapper.builder().build();

    CuratedImporter(Driver driver, IngestProperties limits, ApplicationEventPublisher events, GraphMetrics metrics) {
        this.driver = driver;
        this.limits = limits;
        this.events = events;
        this.metrics = metrics;
    }

    /** A request body: CSV (with {@code table}), a zip of {@code <table>.csv}, or a JSON object of tables. */
    public Report importBody(byte[] body, String contentType, String table) {
        return measured(() -> readBody(body, contentType, table));
    }

    private Report readBody(byte[] body, String contentType, String table) {
        Map<String, List<Csv.Row>> tables = new LinkedHashMap<>();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            throw new UnreadableImportException("the request body is empty");
        }
        if (body.length >= 2 && body[0] == 'P' && body[1] == 'K') {
            readZip(body, tables);
        } else if (type.startsWith("application/json")) {
            readJson(body, tables);
        } else {
            if (table == null) {
                throw new UnreadableImportException("a CSV body needs ?table=therapies|antigens|cancers|institutions"
                        + "|relationships");
            }
            tables.put(Table.of(table).name().toLowerCase(Locale.ROOT) + ".csv",
                    Csv.parse(new String(body, StandardCharsets.UTF_8)));
        }
        return write(tables);
    }

    /** A {@code <table>.csv} file or a folder of them. */
    public Report importPath(Path path) throws IOException {
        return measured(() -> readPath(path));
    }

    private interface Import<E extends Exception> {
        Report run() throws E;
    }

    /** Runs an import and counts it, succeeded (rows by result) or failed (by exception). */
    private <E extends Exception> Report measured(Import<E> importing) throws E {
        long started = System.nanoTime();
        try {
            Report report = importing.run();
            metrics.importSucceeded("curated", Map.of(RecordResult.IMPORTED, (long) report.imported(),
                    RecordResult.REJECTED, (long) report.rejectedCount()),
                    Duration.ofNanos(System.nanoTime() - started));
            return report;
        } catch (Exception e) {
            metrics.importFailed("curated", e, Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }

    private Report readPath(Path path) throws IOException {
        Map<String, List<Csv.Row>> tables = new LinkedHashMap<>();
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        for (Path file : files) {
            tables.put(file.getFileName().toString(), Csv.parse(Files.readString(file)));
        }
        return write(tables);
    }

    private void readZip(byte[] body, Map<String, List<Csv.Row>> tables) {
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory() || !e.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                if (++entries > limits.maxZipEntries()) {
                    throw new ImportLimitException("oncograph.ingest.max-zip-entries", "the zip has more than "
                            + limits.maxZipEntries() + " entries (oncograph.ingest.max-zip-entries)");
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                        limits.maxUncompressedSize().toBytes() - total + 1));
                total += content.length;
                if (total > limits.maxUncompressedSize().toBytes()) {
                    throw new ImportLimitException("oncograph.ingest.max-uncompressed-size", "the zip expands to more "
                            + "than " + limits.maxUncompressedSize() + " (oncograph.ingest.max-uncompressed-size)");
                }
                tables.put(e.getName(), Csv.parse(new String(content, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UnreadableImportException("unreadable zip: " + e.getMessage());
        }
    }

    private void readJson(byte[] body, Map<String, List<Csv.Row>> tables) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new UnreadableImportException("malformed JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new UnreadableImportException("expected a JSON object of tables, e.g. {\"therapies\": [{...}]}");
        }
        for (var entry : root.properties()) {
            Table.of(entry.getKey());
            if (!entry.getValue().isArray()) {
                throw new UnreadableImportException(entry.getKey() + ": expected an array of rows");
            }
            List<Csv.Row> rows = new ArrayList<>();
            int index = 0;
            for (JsonNode item : entry.getValue()) {
                index++;
                Map<String, String> values = new LinkedHashMap<>();
                if (item.isObject()) {
                    for (var field : item.properties()) {
                        JsonNode v = field.getValue();
                        String text = v.isArray() ? String.join("|", v.valueStream().map(JsonNode::asString).toList())
                                : v.isNull() ? null : v.asString();
                        values.put(field.getKey().toLowerCase(Locale.ROOT), text);
                    }
                }
                rows.add(new Csv.Row(index, values));
            }
            tables.put(entry.getKey() + ".json", rows);
        }
    }

    private Report write(Map<String, List<Csv.Row>> tables) {
        List<RecordRejection> rejected = new ArrayList<>();
        Map<Table, List<Map<String, Object>>> nodeRows = new LinkedHashMap<>();
        Map<Relationship, List<Map<String, Object>>> relRows = new LinkedHashMap<>();
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        int rows = 0;
        for (var entry : tables.entrySet()) {
            String file = entry.getKey();
            Table table = Table.of(file);
            for (Csv.Row row : entry.getValue()) {
                rows++;
                try {
                    String source = row.get("source");
                    if (source != null) {
                        sources.putIfAbsent(source, source(source));
                    }
                    if (table == Table.RELATIONSHIPS) {
                        var rel = relationship(row, source, file);
                        relRows.computeIfAbsent(rel.getKey(), k -> new ArrayList<>()).add(rel.getValue());
                    } else {
                        nodeRows.computeIfAbsent(table, k -> new ArrayList<>()).add(node(table, row, source));
                    }
                } catch (InvalidRecordException e) {
                    rejected.add(new RecordRejection(file, "line " + row.line(), e.field(), e.getMessage()));
                }
            }
        }
        long[] counts = new long[3];
        int[] imported = {0};
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            List<RecordRejection> missing = session.executeWrite(tx -> {
                List<RecordRejection> notFound = new ArrayList<>();
                counts[0] = counts[1] = counts[2] = 0;
                imported[0] = 0;
                if (!sources.isEmpty()) {
                    add(counts, tx.run(SOURCES, Map.of("rows", List.copyOf(sources.values()))).consume().counters());
                }
                for (var e : nodeRows.entrySet()) {
                    add(counts, tx.run(NODE_STATEMENTS.get(e.getKey()), Map.of("rows", e.getValue())).consume().counters());
                    imported[0] += e.getValue().size();
                }
                for (var e : relRows.entrySet()) {
                    Relationship type = e.getKey();
                    String cypher = "UNWIND $rows AS r\nOPTIONAL MATCH (a:" + type.from.label + " {" + type.from.key
                            + ": r.from})\nOPTIONAL MATCH (b:" + type.to.label + " {" + type.to.key + ": r.to})\n"
                            + "CALL (a, b, r) {\n  WITH a, b, r WHERE a IS NOT NULL AND b IS NOT NULL\n"
                            + "  MERGE (a)-[e:" + type.name() + "]->(b)\n"
                            + "  WITH e, r, coalesce(e.sources, []) AS old\n"
                            + "  SET e.evidence = r.evidence, e.quote = r.quote, e.confidence = r.confidence,\n"
                            + "      e.method = 'curated', e.role = r.role,\n"
                            + "      e.sources = " + CURATED_SOURCES_FIRST + "\n}\n"
                            + "RETURN r.line AS line, r.file AS file, a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound";
                    var result = tx.run(cypher, Map.of("rows", e.getValue(), "recordPrefix", TrialGraph.SOURCE_PREFIX));
                    for (var record : result.list()) {
                        boolean from = record.get("fromFound").asBoolean();
                        boolean to = record.get("toFound").asBoolean();
                        if (from && to) {
                            imported[0]++;
                        } else {
                            notFound.add(new RecordRejection(record.get("file").asString(),
                                    "line " + record.get("line").asInt(), from ? "to_id" : "from_id",
                                    "no " + (from ? type.to.label : type.from.label) + " with that "
                                            + (from ? type.to.key : type.from.key) + " exists; import it first"));
                        }
                    }
                    add(counts, result.consume().counters());
                }
                return notFound;
            });
            rejected.addAll(missing);
        }
        if (counts[0] + counts[1] + counts[2] > 0) {
            events.publishEvent(new GraphChangedEvent("curated-import"));
        }
        return new Report(rows, imported[0], rejected.size(),
                List.copyOf(rejected.subList(0, Math.min(rejected.size(), ImportReport.MAX_LISTED))),
                counts[0], counts[1], counts[2]);
    }

    private static Map<String, Object> source(String id) {
        boolean url = id.startsWith("http://") || id.startsWith("https://");
        return TrialMapper.row("source", id, "kind", url ? "reference" : "curated-table", "url", url ? id : null);
    }

    private static Map<String, Object> node(Table table, Csv.Row row, String source) {
        return switch (table) {
            case THERAPIES -> {
                String name = required(row, "name");
                String id = row.get("id") != null ? row.get("id") : Slugs.slug(name);
                yield TrialMapper.row("id", id, "name", name, "synonyms", row.list("synonyms"),
                        "modality", row.get("modality"), "source", source);
            }
            case ANTIGENS -> TrialMapper.row("symbol", required(row, "symbol").toUpperCase(Locale.ROOT),
                    "name", row.get("name"), "hgncId", hgnc(row.get("hgnc_id")), "synonyms", row.list("synonyms"),
                    "source", source);
            case CANCERS -> {
                String id = required(row, "id");
                if (!id.matches("[A-Za-z]+:\\S+")) {
                    throw new InvalidRecordException("id", "expected a CURIE such as MONDO:0007256 or NCIT:C9306");
                }
                yield TrialMapper.row("id", id, "name", required(row, "name"), "synonyms", row.list("synonyms"),
                        "source", source);
            }
            case INSTITUTIONS -> {
                String name = required(row, "name");
                String country = row.get("country");
                String code = country == null ? null : country.length() == 2 ? country.toUpperCase(Locale.ROOT)
                        : Countries.code(country);
                if (country != null && code == null) {
                    throw new InvalidRecordException("country", "unknown country '" + country + "'");
                }
                String id = row.get("id") != null ? row.get("id") : TrialMapper.institutionId(name, null, null);
                yield TrialMapper.row("id", id, "name", name, "aliases", row.list("aliases"), "city", row.get("city"),
                        "country", code, "rorId", row.get("ror_id"), "kind", row.get("kind"), "source", source);
            }
            case RELATIONSHIPS -> throw new IllegalStateException();
        };
    }

    private static Map.Entry<Relationship, Map<String, Object>> relationship(Csv.Row row, String source,
                                                                          String file) {
        if (source == null) {
            throw new InvalidRecordException("source", "every relationship row needs a source");
        }
        String typeName = required(row, "type").toUpperCase(Locale.ROOT);
        Relationship type;
        try {
            type = Relationship.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("type", "unknown relationship type '" + typeName + "'");
        }
        for (String[] end : new String[][] {{"from_label", type.from.label}, {"to_label", type.to.label}}) {
            String label = row.get(end[0]);
            if (label != null && Label.of(label) != Label.of(end[1])) {
                throw new InvalidRecordException(end[0], type + " goes from " + type.from.label + " to "
                        + type.to.label + ", not " + label);
            }
        }
        String evidence = row.get("evidence") == null ? "curated" : row.get("evidence").toLowerCase(Locale.ROOT);
        if (!List.of("stated", "inferred", "curated").contains(evidence)) {
            throw new InvalidRecordException("evidence", "expected stated, inferred or curated");
        }
        Double confidence = null;
        if (row.get("confidence") != null) {
            try {
                confidence = Double.valueOf(row.get("confidence"));
            } catch (NumberFormatException e) {
                confidence = -1.0;
            }
            if (confidence < 0 || confidence > 1) {
                throw new InvalidRecordException("confidence", "expected a number from 0 to 1");
            }
        }
        String from = required(row, "from_id");
        String to = required(row, "to_id");
        if (type.to == Label.ANTIGEN) {
            to = to.toUpperCase(Locale.ROOT);
        }
        return Map.entry(type, TrialMapper.row("from", from, "to", to, "source", source, "evidence", evidence,
                "quote", row.get("quote"), "confidence", confidence, "role", row.get("role"),
                "line", row.line(), "file", file));
    }

    private static String hgnc(String id) {
        if (id == null) {
            return null;
        }
        if (!id.matches("HGNC:\\d+")) {
            throw new InvalidRecordException("hgnc_id", "expected HGNC:<number>");
        }
        return id;
    }

    private static String required(Csv.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new InvalidRecordException(column, "required column is empty or missing");
        }
        return value;
    }

    private static void add(long[] counts, SummaryCounters c) {
        counts[0] += c.nodesCreated();
        counts[1] += c.relationshipsCreated();
        counts[2] += c.propertiesSet();
    }
}
