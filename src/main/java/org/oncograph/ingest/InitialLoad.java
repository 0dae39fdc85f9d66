package org.oncograph.ingest;

import static org.oncograph.ingest.TrialGraph.Part.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initial load: builds the embedded {@code neo4j} database, which must not exist yet, from ClinicalTrials.gov
 * records with Neo4j's offline bulk importer (what {@code neo4j-admin database import} uses), several times faster
 * than {@link TrialWriter}'s transactions (figures in the ADR). It writes the graph TrialWriter would write from the same
 * records into an empty database: the same nodes, relationships and properties, merged by TrialWriter's rules (see
 * docs/adr/0006-initial-load.md). Runs before the DBMS starts; the DBMS then opens the store as usual.
 *
 * <p>Records are mapped on all cores and their rows spilled to a temporary file in the data folder; the nodes shared
 * between records (therapies, antigens, institutions, people, ...) and the relationships between them are merged in
 * memory, while each trial's own rows are read back from the spill when the importer asks for them.
 */
public final class InitialLoad {

    private static final Logger log = LoggerFactory.getLogger(InitialLoad.class);

    /**
     * What the initial load did.
     *
     * @param created       trials written
     * @param replaced      records dropped because a later record had the same NCT id (the last one wins)
     * @param rejectedCount all rejected records; {@code rejected} lists at most the first 1,000
     * @param nodes         nodes written
     * @param relationships relationships written
     * @param millis        time from the first record read to the store written
     */
    public record Report(int created, int replaced, int rejectedCount, List<RecordRejection> rejected, long nodes,
                         long relationships, long millis) {

        public long entities() {
            return nodes + relationships;
        }

        @Override
        public String toString() {
            return "%d trials created, %d replaced by a later record, %d rejected; %d nodes and %d relationships in %d ms"
                    .formatted(created, replaced, rejectedCount, nodes, relationships, millis);
        }
    }

    /** Records mapped per task: large enough to keep both cores busy, small enough to hold two of them. */
    private static final int CHUNK = 2_000;
    /** Records handed to the importer per call (about 12 entities each), and shared entities per call. */
    private static final int RECORDS_PER_CHUNK = 500;
    private static final int ENTITIES_PER_CHUNK = 10_000;

    private InitialLoad() {
    }

    /** Loads a ClinicalTrials.gov file, zip or folder (read as the import command reads it) into a new database. */
    public static Report load(Path home, Path registry, TrialMapper mapper, IngestProperties limits) {
        DatabaseLayout layout = refuseExisting(home);
        try (Loader loader = new Loader(layout, mapper)) {
            new CtgovReader(limits).readPath(registry, loader);
            return loader.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads records into a new database under the DBMS home {@code home}; for callers that make records themselves
     * (the benchmark). The records are read once.
     */
    public static Report load(Path home, Iterator<TrialRecord> records, TrialMapper mapper) {
        DatabaseLayout layout = refuseExisting(home);
        try (Loader loader = new Loader(layout, mapper)) {
            records.forEachRemaining(loader::record);
            return loader.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default database's layout under {@code home}, or a refusal if that database has any store files. */
    static DatabaseLayout refuseExisting(Path home) {
        Path dbmsHome = home.toAbsolutePath().normalize();
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, dbmsHome).build();
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (hasFiles(layout.databaseDirectory()) || hasFiles(layout.getTransactionLogsDirectory())) {
            throw new InitialLoadRefusedException("The initial load only creates a new database, and the database "
                    + "'neo4j' already exists in " + dbmsHome + " (" + layout.databaseDirectory() + ").",
                    "Point oncograph.embedded.data-dir at an empty folder for the initial load, or import into the "
                            + "existing database with the transactional import (without oncograph.import.initial-load).");
        }
        return layout;
    }

    private static boolean hasFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- what TrialWriter's statements store, per node label and relationship type

    /** A node label: its key column and the row columns stored as properties; {@code sources = [src]} if sourced. */
    private record NodeSpec(String label, String key, String[] properties, String[] columns, boolean sourced) {
        NodeSpec(String label, String key, boolean sourced, String... columns) {
            this(label, key, columns, columns, sourced);
        }
    }

    /**
     * A relationship type between the node named by {@code fromColumn} of part {@code from} and the one named by
     * {@code toColumn} of part {@code to} ({@code TRIAL}: the record's own trial); row columns stored as properties,
     * and constant properties; {@code sources} is added where the relationship is written.
     */
    private record RelSpec(String type, TrialGraph.Part from, String fromColumn, TrialGraph.Part to, String toColumn,
                           String[] columns, Map<String, Object> constants) {
    }

    private static final String[] TRIAL_COLUMNS = {"nctId", "title", "officialTitle", "phases", "phase", "status",
        "startDate", "completionDate", "enrollment", "studyType", "minimumAge", "maximumAge", "stdAges", "arms",
        "armTypes", "otherInterventions", "hash"};
    private static final Map<TrialGraph.Part, NodeSpec> NODES = new EnumMap<>(TrialGraph.Part.class);
    private static final Map<TrialGraph.Part, RelSpec> RELATIONSHIPS = new EnumMap<>(TrialGraph.Part.class);
    /** Relationships between shared nodes, merged across records; the others belong to one trial each. */
    private static final List<TrialGraph.Part> SHARED_RELATIONSHIPS = List.of(TARGETS, LOCATED_IN, AFFILIATED_WITH);

    static {
        NODES.put(SOURCE, new NodeSpec("Source", "id", false, "id", "kind", "url", "publisher"));
        String[] trialProperties = TRIAL_COLUMNS.clone();
        trialProperties[trialProperties.length - 1] = "recordHash";
        NODES.put(TRIAL, new NodeSpec("Trial", "nctId", trialProperties, TRIAL_COLUMNS, true));
        // Therapy synonyms are the union over rows (see Shared.merge), so they are not a column here.
        NODES.put(THERAPY, new NodeSpec("Therapy", "id", true, "id", "name", "modality"));
        NODES.put(ANTIGEN, new NodeSpec("Antigen", "symbol", true, "symbol", "name", "hgncId", "synonyms"));
        NODES.put(CANCER, new NodeSpec("Cancer", "id", true, "id", "name", "synonyms", "mondoId", "ncitId"));
        NODES.put(CONDITION, new NodeSpec("Condition", "id", true, "id", "name", "synonyms"));
        NODES.put(INSTITUTION, new NodeSpec("Institution", "id", true, "id", "name", "kind", "city", "country"));
        NODES.put(COUNTRY, new NodeSpec("Country", "code", true, "code", "name"));
        NODES.put(PERSON, new NodeSpec("Person", "id", true, "id", "name"));
        NODES.put(PUBLICATION, new NodeSpec("Publication", "id", true, "id", "doi", "pmid", "citation", "year"));

        Map<String, Object> record = stated(1.0, "method", "record");
        Map<String, Object> ownMethod = stated(1.0);
        rel(TESTS, "TESTS", TRIAL, null, THERAPY, "therapyId", record, "arm", "field", "quote");
        rel(TARGETS, "TARGETS", THERAPY, "therapyId", ANTIGEN, "symbol", Map.of(),
                "method", "evidence", "quote", "field", "confidence", "reference");
        rel(STUDIES_CANCER, "STUDIES", TRIAL, null, CANCER, "toId", ownMethod, "field", "quote", "method");
        rel(STUDIES_CONDITION, "STUDIES", TRIAL, null, CONDITION, "toId", ownMethod, "field", "quote", "method");
        rel(SPONSORED_BY, "SPONSORED_BY", TRIAL, null, INSTITUTION, "toId", record, "role", "field", "quote");
        rel(CONDUCTED_AT, "CONDUCTED_AT", TRIAL, null, INSTITUTION, "toId", record, "field", "quote");
        rel(LOCATED_IN, "LOCATED_IN", INSTITUTION, "fromId", COUNTRY, "code",
                stated(0.9, "method", "record", "field", "locations"));
        rel(OFFICIAL_OF, "OFFICIAL_OF", PERSON, "personId", TRIAL, null, record, "role", "field", "quote");
        rel(AFFILIATED_WITH, "AFFILIATED_WITH", PERSON, "personId", INSTITUTION, "toId",
                stated(0.9, "method", "record", "field", "overallOfficials"), "quote");
        rel(REPORTS, "REPORTS", PUBLICATION, "publicationId", TRIAL, null, record, "type", "field");
        rel(CITES, "CITES", TRIAL, null, PUBLICATION, "publicationId", record, "type", "field");
    }

    private static Map<String, Object> stated(double confidence, Object... more) {
        Map<String, Object> constants = new LinkedHashMap<>();
        constants.put("evidence", "stated");
        constants.put("confidence", confidence);
        for (int i = 0; i < more.length; i += 2) {
            constants.put((String) more[i], more[i + 1]);
        }
        return constants;
    }

    private static void rel(TrialGraph.Part part, String type, TrialGraph.Part from, String fromColumn,
                            TrialGraph.Part to, String toColumn, Map<String, Object> constants, String... columns) {
        RELATIONSHIPS.put(part, new RelSpec(type, from, fromColumn, to, toColumn, columns, constants));
    }

    // ---- property values as Cypher over Bolt stores them

    /** A value Neo4j refuses to store (TrialWriter's statement would fail, and the record be rejected). */
    private static final class Unstorable extends RuntimeException {
        Unstorable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The value Cypher stores for a parameter value: integers as long, lists as arrays (an empty list as an empty
     * array), null as no property. Lists with nulls or of mixed types cannot be stored.
     */
    static Object storable(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return new String[0];
            }
            Object first = storable(list.get(0));
            if (first instanceof String) {
                return list.stream().map(e -> (String) sameKind(e, String.class)).toArray(String[]::new);
            }
            if (first instanceof Long) {
                return list.stream().mapToLong(e -> (Long) sameKind(e, Long.class)).toArray();
            }
            if (first instanceof Double) {
                return list.stream().mapToDouble(e -> (Double) sameKind(e, Double.class)).toArray();
            }
            if (first instanceof Boolean) {
                boolean[] array = new boolean[list.size()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = (Boolean) sameKind(list.get(i), Boolean.class);
                }
                return array;
            }
            throw new Unstorable("a list of " + (first == null ? "nulls" : first.getClass().getSimpleName()));
        }
        throw new Unstorable("a " + value.getClass().getSimpleName());
    }

    private static Object sameKind(Object element, Class<?> kind) {
        Object value = storable(element);
        if (!kind.isInstance(value)) {
            throw new Unstorable("a list holding " + (value == null ? "null" : "mixed types"));
        }
        return value;
    }

    /** Why the database would refuse a record's rows, or null: a node key that is null, a value it cannot store. */
    static String refusal(TrialGraph graph) {
        for (TrialGraph.Part part : TrialGraph.Part.values()) {
            NodeSpec node = NODES.get(part);
            RelSpec rel = RELATIONSHIPS.get(part);
            for (Map<String, Object> row : graph.rows(part)) {
                if (node != null && row.get(node.key()) == null) {
                    return "a " + node.label() + " without " + node.key();
                }
                try {
                    for (String column : node != null ? node.columns() : rel.columns()) {
                        storable(row.get(column));
                    }
                    if (part == THERAPY) {
                        storable(row.get("synonyms"));
                    }
                } catch (Unstorable e) {
                    return part + " property that Neo4j cannot store: " + e.getMessage();
                }
            }
        }
        return null;
    }

    // ---- the nodes and relationships shared between records, merged as TrialWriter's statements merge them

    private static final class SharedNode {
        long id;
        final Object[] values;
        final String source;
        /** Therapies only: the synonyms so far, or null while no row had any (then there is no property). */
        List<Object> synonyms;

        SharedNode(Object[] values, String source) {
            this.values = values;
            this.source = source;
        }
    }

    private static final class SharedRelationship {
        final Object[] values;
        final String from;
        final String to;
        final List<String> sources = new ArrayList<>(1);

        SharedRelationship(Object[] values, String from, String to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }
    }

    /** Shared nodes per label and shared relationships per type, in the order they were first named. */
    private static final class Shared {
        final Map<TrialGraph.Part, Map<Object, SharedNode>> nodes = new EnumMap<>(TrialGraph.Part.class);
        final Map<TrialGraph.Part, Map<List<Object>, SharedRelationship>> relationships =
                new EnumMap<>(TrialGraph.Part.class);
        long count;

        Shared() {
            for (TrialGraph.Part part : NODES.keySet()) {
                if (part != SOURCE && part != TRIAL) {
                    nodes.put(part, new LinkedHashMap<>());
                }
            }
            SHARED_RELATIONSHIPS.forEach(part -> relationships.put(part, new LinkedHashMap<>()));
        }

        /** Merges one record's rows, after those of every record before it. */
        void merge(Function<TrialGraph.Part, ? extends Collection<Map<String, Object>>> rows) {
            nodes.forEach((part, byKey) -> {
                NodeSpec spec = NODES.get(part);
                for (Map<String, Object> row : rows.apply(part)) {
                    SharedNode node = byKey.get(row.get(spec.key()));
                    if (node == null) {
                        // MERGE ... ON CREATE SET: the first row's properties.
                        node = new SharedNode(values(row, spec.columns()), (String) row.get("src"));
                        byKey.put(row.get(spec.key()), node);
                    } else if (part == INSTITUTION) {
                        // ... except an institution's city and country, filled from the first row that knows them.
                        fillIfAbsent(node, row, spec, "city");
                        fillIfAbsent(node, row, spec, "country");
                    }
                    if (part == THERAPY && row.get("synonyms") instanceof List<?> more) {
                        // ... and a therapy's synonyms: every row's new ones appended, in order.
                        List<Object> old = node.synonyms == null ? List.of() : node.synonyms;
                        List<Object> added = more.stream().filter(s -> !old.contains(s)).map(Object.class::cast)
                                .toList();
                        if (!added.isEmpty()) {
                            List<Object> all = new ArrayList<>(old);
                            all.addAll(added);
                            node.synonyms = all;
                        }
                    }
                }
            });
            relationships.forEach((part, byPair) -> {
                RelSpec spec = RELATIONSHIPS.get(part);
                for (Map<String, Object> row : rows.apply(part)) {
                    Object from = row.get(spec.fromColumn());
                    Object to = row.get(spec.toColumn());
                    SharedRelationship relationship = byPair.computeIfAbsent(Arrays.asList(from, to),
                            k -> new SharedRelationship(values(row, spec.columns()), (String) from, (String) to));
                    String source = (String) row.get("src");
                    if (part == TARGETS) {
                        // Every record stating the link, in order; a dictionary link keeps MAX_EXAMPLES of them.
                        // A record's rows are merged together, once per record: a source already listed is the
                        // last one (a repeated NCT id leaves this merge to be redone from the kept records only).
                        // Searching the whole list made the hubs' links (thousands of sources) quadratic.
                        boolean dictionary = "dictionary".equals(relationship.values[0]);
                        List<String> sources = relationship.sources;
                        if ((sources.isEmpty() || !sources.get(sources.size() - 1).equals(source))
                                && (!dictionary || sources.size() < TrialWriter.MAX_EXAMPLES)) {
                            sources.add(source);
                        }
                    } else if (relationship.sources.isEmpty()) {
                        relationship.sources.add(source);
                    }
                }
            });
        }

        private static void fillIfAbsent(SharedNode node, Map<String, Object> row, NodeSpec spec, String column) {
            int index = List.of(spec.columns()).indexOf(column);
            if (node.values[index] == null && row.get(column) != null) {
                node.values[index] = row.get(column);
            }
        }

        /** Numbers the shared nodes from {@code first}; returns how many there are. */
        long number(long first) {
            long id = first;
            for (Map<Object, SharedNode> byKey : nodes.values()) {
                for (SharedNode node : byKey.values()) {
                    node.id = id++;
                }
            }
            count = id - first;
            return count;
        }

        SharedNode node(TrialGraph.Part part, Object key) {
            return key == null ? null : nodes.get(part).get(key);
        }
    }

    private static Object[] values(Map<String, Object> row, String[] columns) {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = row.get(columns[i]);
        }
        return values;
    }

    // ---- a record's rows, encoded for the spill: only the columns that become properties, in the tables' order

    /** Trial-owned relationship types, in the order their rows are encoded. */
    private static final List<TrialGraph.Part> OWN_RELATIONSHIPS = RELATIONSHIPS.keySet().stream()
            .filter(part -> !SHARED_RELATIONSHIPS.contains(part)).toList();
    /** Shared node labels, in the order their rows are encoded. */
    private static final List<TrialGraph.Part> SHARED_NODES = NODES.keySet().stream()
            .filter(part -> part != SOURCE && part != TRIAL).toList();

    /**
     * [source id][offset of the relationships][offset of the shared rows] [trial columns][has source, its columns]
     * [per own relationship type: count, rows of (other end, columns)] [per shared label: count, rows of columns (and
     * a therapy's synonyms)] [per shared relationship type: count, rows of (from, to, columns)].
     */
    static byte[] encode(TrialGraph graph) {
        RowSpill.Out out = new RowSpill.Out();
        out.putString(graph.sourceId());
        int offsets = out.size();
        out.putInt(0);
        out.putInt(0);
        putColumns(out, graph.first(TRIAL), TRIAL_COLUMNS);
        Map<String, Object> source = graph.first(SOURCE);
        out.putValue(source != null);
        if (source != null) {
            putColumns(out, source, NODES.get(SOURCE).columns());
        }
        out.setInt(offsets, out.size());
        for (TrialGraph.Part part : OWN_RELATIONSHIPS) {
            RelSpec spec = RELATIONSHIPS.get(part);
            Collection<Map<String, Object>> rows = graph.rows(part);
            out.putInt(rows.size());
            for (Map<String, Object> row : rows) {
                out.putValue(row.get(spec.from() == TRIAL ? spec.toColumn() : spec.fromColumn()));
                putColumns(out, row, spec.columns());
            }
        }
        out.setInt(offsets + 4, out.size());
        for (TrialGraph.Part part : SHARED_NODES) {
            Collection<Map<String, Object>> rows = graph.rows(part);
            out.putInt(rows.size());
            for (Map<String, Object> row : rows) {
                putColumns(out, row, NODES.get(part).columns());
                if (part == THERAPY) {
                    out.putValue(row.get("synonyms"));
                }
            }
        }
        for (TrialGraph.Part part : SHARED_RELATIONSHIPS) {
            RelSpec spec = RELATIONSHIPS.get(part);
            Collection<Map<String, Object>> rows = graph.rows(part);
            out.putInt(rows.size());
            for (Map<String, Object> row : rows) {
                out.putValue(row.get(spec.fromColumn()));
                out.putValue(row.get(spec.toColumn()));
                putColumns(out, row, spec.columns());
            }
        }
        return out.toBytes();
    }

    private static void putColumns(RowSpill.Out out, Map<String, Object> row, String[] columns) {
        for (String column : columns) {
            out.putValue(row.get(column));
        }
    }

    private static Object[] getColumns(RowSpill.In in, int count) {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.getValue();
        }
        return values;
    }

    /** The shared rows of an encoded record, as the rows {@link Shared#merge} takes (for a second merge). */
    private static Map<TrialGraph.Part, List<Map<String, Object>>> sharedRows(byte[] bytes) {
        RowSpill.In in = new RowSpill.In(bytes);
        String src = in.getString();
        in.getInt();
        in.seek(in.getInt());
        Map<TrialGraph.Part, List<Map<String, Object>>> rows = new EnumMap<>(TrialGraph.Part.class);
        for (TrialGraph.Part part : SHARED_NODES) {
            String[] columns = NODES.get(part).columns();
            List<Map<String, Object>> list = new ArrayList<>();
            for (int n = in.getInt(); n > 0; n--) {
                Map<String, Object> row = row(src, columns, getColumns(in, columns.length));
                if (part == THERAPY) {
                    row.put("synonyms", in.getValue());
                }
                list.add(row);
            }
            rows.put(part, list);
        }
        for (TrialGraph.Part part : SHARED_RELATIONSHIPS) {
            RelSpec spec = RELATIONSHIPS.get(part);
            List<Map<String, Object>> list = new ArrayList<>();
            for (int n = in.getInt(); n > 0; n--) {
                Object from = in.getValue();
                Object to = in.getValue();
                Map<String, Object> row = row(src, spec.columns(), getColumns(in, spec.columns().length));
                row.put(spec.fromColumn(), from);
                row.put(spec.toColumn(), to);
                list.add(row);
            }
            rows.put(part, list);
        }
        return rows;
    }

    private static Map<String, Object> row(String src, String[] columns, Object[] values) {
        Map<String, Object> row = new HashMap<>();
        row.put("src", src);
        for (int i = 0; i < columns.length; i++) {
            row.put(columns[i], values[i]);
        }
        return row;
    }

    // ---- reading, mapping and spilling records, then running the importer

    private record Mapped(TrialRecord record, TrialGraph graph, byte[] encoded, RecordRejection rejection) {
    }

    /** Takes records as they are read, maps them on all cores and spills them; then writes the store. */
    private static final class Loader implements CtgovReader.Sink, Closeable {
        private final DatabaseLayout layout;
        private final TrialMapper mapper;
        private final RowSpill spill;
        private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        private final long started = System.nanoTime();
        private final List<RecordRejection> rejected = new ArrayList<>();
        /** The ordinal of the last spilled record of each NCT id: that record is the trial. */
        private final Map<String, Integer> last = new HashMap<>();
        private List<TrialRecord> pending = new ArrayList<>(CHUNK);
        private Future<List<Mapped>> mapping;
        private Shared shared = new Shared();
        private boolean duplicates;

        Loader(DatabaseLayout layout, TrialMapper mapper) throws IOException {
            this.layout = layout;
            this.mapper = mapper;
            Path home = layout.getNeo4jLayout().homeDirectory();
            Files.createDirectories(home);
            this.spill = new RowSpill(home);
        }

        @Override
        public void record(TrialRecord record) {
            pending.add(record);
            if (pending.size() >= CHUNK) {
                mapPending();
            }
        }

        @Override
        public void reject(RecordRejection rejection) {
            rejected.add(rejection);
        }

        /** Starts mapping the pending records, and spills the chunk mapped before them meanwhile. */
        private void mapPending() {
            List<TrialRecord> chunk = pending;
            pending = new ArrayList<>(CHUNK);
            Future<List<Mapped>> previous = mapping;
            mapping = pool.submit(() -> chunk.parallelStream().map(this::map).toList());
            if (previous != null) {
                spill(previous);
            }
        }

        private Mapped map(TrialRecord record) {
            try {
                TrialGraph graph = mapper.map(record);
                String refusal = refusal(graph);
                return refusal == null ? new Mapped(record, graph, encode(graph), null) : new Mapped(record, null,
                        null, new RecordRejection(record.file(), record.nctId(), null,
                                "the database would refuse the record (" + refusal + ")"));
            } catch (RuntimeException e) {
                return new Mapped(record, null, null,
                        new RecordRejection(record.file(), record.nctId(), null, "cannot be normalised: " + e));
            }
        }

        private void spill(Future<List<Mapped>> chunk) {
            try {
                for (Mapped mapped : chunk.get()) {
                    if (mapped.rejection() != null) {
                        rejected.add(mapped.rejection());
                        continue;
                    }
                    int ordinal = spill.write(mapped.graph().nctId(), mapped.encoded());
                    duplicates |= last.put(mapped.graph().nctId(), ordinal) != null;
                    // Merged now on the assumption that NCT ids are unique; merged again from the spill otherwise.
                    shared.merge(mapped.graph()::rows);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while mapping records", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        Report finish() throws IOException {
            mapPending();
            spill(mapping);
            spill.finishWriting();
            long mapped = System.nanoTime();
            int trials = last.size();
            if (duplicates) {
                // Only the last record of an NCT id is the trial (as in TrialWriter): the shared nodes and links are
                // merged again from the kept records only.
                shared = new Shared();
                try (RowSpill.Reader reader = spill.read()) {
                    reader.forEachRemaining(blob -> {
                        if (kept(blob)) {
                            Map<TrialGraph.Part, List<Map<String, Object>>> rows = sharedRows(blob.bytes());
                            shared.merge(part -> rows.getOrDefault(part, List.of()));
                        }
                    });
                }
            }
            // Node ids: trial k is 2k, its Source node 2k+1; the shared nodes follow.
            long sharedNodes = shared.number(2L * trials);
            long nodes = 2L * trials + sharedNodes;
            log.info("Initial load: {} records mapped ({} trials, {} rejected) in {} ms; {} shared nodes, {} MB spilled",
                    spill.size(), trials, rejected.size(), (mapped - started) / 1_000_000, sharedNodes,
                    spill.bytes() >> 20);
            LongAdder relationships = new LongAdder();
            writeStore(nodes, relationships);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Report report = new Report(trials, spill.size() - trials, rejected.size(),
                    List.copyOf(rejected.subList(0, Math.min(rejected.size(), ImportReport.MAX_LISTED))), nodes,
                    relationships.sum(), millis);
            log.info("Initial load into {}: {} ({} ms writing the store)", layout.databaseDirectory(), report,
                    (System.nanoTime() - mapped) / 1_000_000);
            return report;
        }

        private boolean kept(RowSpill.Blob blob) {
            return last.get(blob.nctId()) == blob.ordinal();
        }

        /**
         * The importer's defaults, plus the two token lookup indexes (every label, every relationship type) built as
         * it writes the nodes and relationships, as {@code neo4j-admin database import} builds them. Without them the
         * DBMS would populate them at the first start by scanning the whole store (24 s at 500,000 trials), and every
         * constraint created then would scan all nodes instead of just its label's (docs/performance.md).
         */
        private static final Configuration WITH_TOKEN_INDEXES = new Configuration() {
            @Override
            public IndexConfig indexConfig() {
                return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
            }
        };

        private void writeStore(long nodes, LongAdder relationships) throws IOException {
            Config config = Config.newBuilder()
                    .set(GraphDatabaseSettings.neo4j_home, layout.getNeo4jLayout().homeDirectory()).build();
            InputIterable nodeInput = () -> entities(this::trialNodes, this::sharedNodes, null);
            InputIterable relationshipInput = () -> {
                // Counted as the importer takes them; reset if it reads them again.
                relationships.reset();
                return entities(this::trialRelationships, this::sharedRelationships, relationships);
            };
            // Sizes only steer the importer's memory planning; properties are about six per entity.
            long estimatedRelationships = nodes * 4;
            Input input = Input.input(nodeInput, relationshipInput, IdType.ACTUAL, Input.knownEstimates(nodes,
                    estimatedRelationships, nodes * 6, estimatedRelationships * 6, nodes * 200,
                    estimatedRelationships * 150, nodes), ReadableGroups.EMPTY);
            boolean written = false;
            try (var fs = new DefaultFileSystemAbstraction();
                 var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
                BatchImporterFactory.withHighestPriority().instantiate(layout, fs, PageCacheTracer.NULL,
                        WITH_TOKEN_INDEXES, NullLogService.getInstance(), ExecutionMonitor.INVISIBLE,
                        DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR,
                        scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                        new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                        CursorContextFactory.NULL_CONTEXT_FACTORY).doImport(input);
                written = true;
            } finally {
                if (!written) {
                    // The database did not exist before (refuseExisting): leave none behind, half written.
                    deleteRecursively(layout.databaseDirectory());
                    deleteRecursively(layout.getTransactionLogsDirectory());
                }
            }
        }

        /** The kept records' entities from the spill (numbering the trials in order), then the shared ones. */
        private InputIterator entities(Decoder perTrial, Supplier<Stream<Entity>> after,
                                       LongAdder counter) {
            try {
                return new Entities(spill.read(), this::kept, perTrial, after, counter);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void trialNodes(byte[] bytes, long trialId, List<Entity> into) {
            RowSpill.In in = new RowSpill.In(bytes);
            String src = in.getString();
            in.getInt();
            in.getInt();
            into.add(node(NODES.get(TRIAL), trialId, getColumns(in, TRIAL_COLUMNS.length), src, null));
            if ((Boolean) in.getValue()) {
                NodeSpec source = NODES.get(SOURCE);
                into.add(node(source, trialId + 1, getColumns(in, source.columns().length), null, null));
            }
        }

        private Stream<Entity> sharedNodes() {
            return shared.nodes.entrySet().stream().flatMap(e -> e.getValue().values().stream()
                    .map(n -> node(NODES.get(e.getKey()), n.id, n.values, n.source, n.synonyms)));
        }

        private void trialRelationships(byte[] bytes, long trialId, List<Entity> into) {
            RowSpill.In in = new RowSpill.In(bytes);
            List<String> sources = List.of(in.getString());
            in.seek(in.getInt());
            for (TrialGraph.Part part : OWN_RELATIONSHIPS) {
                RelSpec spec = RELATIONSHIPS.get(part);
                boolean fromTrial = spec.from() == TRIAL;
                for (int n = in.getInt(); n > 0; n--) {
                    // TrialWriter matches the other end by its key: no node, no relationship.
                    SharedNode other = shared.node(fromTrial ? spec.to() : spec.from(), in.getValue());
                    Object[] values = getColumns(in, spec.columns().length);
                    if (other != null) {
                        into.add(relationship(spec, fromTrial ? trialId : other.id, fromTrial ? other.id : trialId,
                                values, sources));
                    }
                }
            }
        }

        private Stream<Entity> sharedRelationships() {
            return SHARED_RELATIONSHIPS.stream().flatMap(part -> {
                RelSpec spec = RELATIONSHIPS.get(part);
                return shared.relationships.get(part).values().stream().map(r -> {
                    SharedNode from = shared.node(spec.from(), r.from);
                    SharedNode to = shared.node(spec.to(), r.to);
                    return from == null || to == null ? null
                            : relationship(spec, from.id, to.id, r.values, r.sources);
                }).filter(Objects::nonNull);
            });
        }

        @Override
        public void close() throws IOException {
            pool.shutdownNow();
            spill.close();
        }
    }

    private static Entity node(NodeSpec spec, long id, Object[] values, String source, List<Object> synonyms) {
        List<String> keys = new ArrayList<>(spec.properties().length + 2);
        List<Object> stored = new ArrayList<>(spec.properties().length + 2);
        for (int i = 0; i < values.length; i++) {
            add(keys, stored, spec.properties()[i], values[i]);
        }
        if (spec.sourced()) {
            add(keys, stored, "sources", List.of(source));
        }
        if (synonyms != null) {
            add(keys, stored, "synonyms", synonyms);
        }
        return new Entity(spec.label(), id, -1, -1, keys.toArray(String[]::new), stored.toArray());
    }

    private static Entity relationship(RelSpec spec, long from, long to, Object[] values, List<String> sources) {
        List<String> keys = new ArrayList<>(values.length + 4);
        List<Object> stored = new ArrayList<>(values.length + 4);
        for (int i = 0; i < values.length; i++) {
            add(keys, stored, spec.columns()[i], values[i]);
        }
        spec.constants().forEach((key, value) -> add(keys, stored, key, value));
        if (!sources.isEmpty()) {
            add(keys, stored, "sources", sources);
        }
        return new Entity(spec.type(), -1, from, to, keys.toArray(String[]::new), stored.toArray());
    }

    private static void add(List<String> keys, List<Object> stored, String key, Object value) {
        Object v = storable(value);
        if (v != null) {
            keys.add(key);
            stored.add(v);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- the importer's input: records handed out in chunks, decoded into entities on the importer's threads

    /** A node ({@code start < 0}: label and id) or a relationship (type and both ends), with its properties. */
    private record Entity(String name, long id, long start, long end, String[] keys, Object[] values) {
    }

    /** Turns a spilled record into its entities, its trial being node {@code trialId}. */
    private interface Decoder {
        void decode(byte[] bytes, long trialId, List<Entity> into);
    }

    /**
     * The kept records of the spill, then the entities {@code after} them. The importer asks for chunks from several
     * threads: this hands out raw records (and numbers their trials) under a lock, and each chunk decodes its own.
     */
    private static final class Entities implements InputIterator {
        private final RowSpill.Reader reader;
        private final Predicate<RowSpill.Blob> kept;
        private final Decoder decoder;
        private final Supplier<Stream<Entity>> afterSupplier;
        private final LongAdder counter;
        private Iterator<Entity> after;
        private long trials;

        Entities(RowSpill.Reader reader, Predicate<RowSpill.Blob> kept, Decoder decoder,
                 Supplier<Stream<Entity>> after, LongAdder counter) {
            this.reader = reader;
            this.kept = kept;
            this.decoder = decoder;
            this.afterSupplier = after;
            this.counter = counter;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk(decoder, counter);
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            Chunk c = (Chunk) chunk;
            c.reset();
            while (c.records.size() < RECORDS_PER_CHUNK && reader.hasNext()) {
                RowSpill.Blob blob = reader.next();
                if (kept.test(blob)) {
                    c.records.add(blob.bytes());
                    c.trialIds.add(2 * trials++);
                }
            }
            if (c.records.isEmpty()) {
                if (after == null) {
                    after = afterSupplier.get().iterator();
                }
                while (c.entities.size() < ENTITIES_PER_CHUNK && after.hasNext()) {
                    c.entities.add(after.next());
                }
            }
            return !c.records.isEmpty() || !c.entities.isEmpty();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class Chunk implements InputChunk {
        private final Decoder decoder;
        private final LongAdder counter;
        final List<byte[]> records = new ArrayList<>(RECORDS_PER_CHUNK);
        final List<Long> trialIds = new ArrayList<>(RECORDS_PER_CHUNK);
        final List<Entity> entities = new ArrayList<>();
        private int record;
        private int cursor;

        Chunk(Decoder decoder, LongAdder counter) {
            this.decoder = decoder;
            this.counter = counter;
        }

        void reset() {
            records.clear();
            trialIds.clear();
            entities.clear();
            record = 0;
            cursor = 0;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            while (cursor >= entities.size()) {
                if (record >= records.size()) {
                    return false;
                }
                entities.clear();
                cursor = 0;
                decoder.decode(records.get(record), trialIds.get(record), entities);
                record++;
            }
            Entity e = entities.get(cursor++);
            if (e.start() < 0) {
                visitor.id(e.id());
                visitor.labels(new String[] {e.name()});
            } else {
                visitor.startId(e.start());
                visitor.endId(e.end());
                visitor.type(e.name());
            }
            for (int i = 0; i < e.keys().length; i++) {
                visitor.property(e.keys()[i], e.values()[i]);
            }
            visitor.endOfEntity();
            if (counter != null) {
                counter.increment();
            }
            return true;
        }

        @Override
        public void close() {
        }
    }
}
