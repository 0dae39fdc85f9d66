package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.oncograph.OncoGraphProperties;
import org.oncograph.graph.EmbeddedNeo4j;
import org.oncograph.graph.GraphSnapshot;
import org.oncograph.graph.ScratchGraph;
import org.springframework.util.unit.DataSize;

/**
 * The initial load writes, with Neo4j's bulk importer, the graph {@link TrialWriter} writes from the same records
 * into an empty database: both graphs are built in real embedded Neo4j stores (the bulk-loaded one opened afterwards
 * as OncoGraph opens it) and compared node by node and relationship by relationship, properties included.
 */
class InitialLoadIT {

    private static final IngestProperties LIMITS = new IngestProperties(500, DataSize.ofMegabytes(64), 20000,
            DataSize.ofMegabytes(512), DataSize.ofMegabytes(4));

    @TempDir
    static Path temp;

    private static List<TrialRecord> records;
    private static TrialMapper mapper;

    @BeforeAll
    static void readRecords() throws Exception {
        records = TargetLinkingQualityTest.sharedRecords();
        mapper = new TrialMapper(Dictionaries.load());
    }

    @Test
    void theSharedRecordsBulkLoadedAreTheGraphTrialWriterWritesIntoAnEmptyDatabase() throws Exception {
        assertThat(records.stream().map(TrialRecord::nctId).distinct()).as("distinct NCT ids").hasSize(records.size());
        GraphSnapshot expected = writtenByTrialWriter(records);

        InitialLoad.Report report = InitialLoad.load(temp.resolve("shared"), TargetLinkingQualityTest.SHARED, mapper,
                LIMITS);

        assertThat(report.created()).isEqualTo(SharedRecords.COUNT);
        assertThat(report.rejectedCount()).as(report.rejected().toString()).isZero();
        assertThat(tokenIndexes(temp.resolve("shared"))).as("built by the bulk importer, before any schema is applied")
                .containsExactly("NODE ONLINE", "RELATIONSHIP ONLINE");
        GraphSnapshot loaded = opened(temp.resolve("shared"));
        ImportedGraph.assertSame(loaded, expected);
        assertThat(loaded).isEqualTo(expected);
        assertThat(report.nodes()).isEqualTo(loaded.labels().values().stream().mapToLong(Long::longValue).sum());
        assertThat(report.relationships()).isEqualTo(loaded.types().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aLaterRecordWithTheSameNctIdReplacesTheEarlierOneAsInTrialWriter() throws Exception {
        List<TrialRecord> withRepeat = new ArrayList<>(records.subList(0, 150));
        TrialRecord r = withRepeat.get(10);
        // The same study registered again, changed: a condition more, its last intervention and site gone.
        List<String> conditions = new ArrayList<>(r.conditions());
        conditions.add("Changed Condition");
        withRepeat.add(11, new TrialRecord(r.nctId(), r.file(), r.briefTitle(), r.officialTitle(), r.briefSummary(),
                r.phases(), r.status(), r.startDate(), r.completionDate(),
                r.enrollment() == null ? 1 : r.enrollment() + 1, r.studyType(), r.minimumAge(), r.maximumAge(),
                r.stdAges(), r.arms(), conditions, r.interventions().subList(0, Math.max(0,
                r.interventions().size() - 1)), r.leadSponsor(), r.collaborators(),
                r.sites().subList(0, Math.max(0, r.sites().size() - 1)), r.references(), r.officials()));
        GraphSnapshot expected = writtenByTrialWriter(withRepeat);

        InitialLoad.Report report = InitialLoad.load(temp.resolve("repeat"), withRepeat.iterator(), mapper);

        assertThat(report.created()).isEqualTo(150);
        assertThat(report.replaced()).isEqualTo(1);
        GraphSnapshot loaded = opened(temp.resolve("repeat"));
        ImportedGraph.assertSame(loaded, expected);
        assertThat(loaded.nodes()).anyMatch(n -> n.contains("Changed Condition"));
    }

    @Test
    void aDatabaseThatExistsIsRefusedAndLeftAsItWas() {
        Path home = temp.resolve("existing");
        try (ScratchGraph graph = ScratchGraph.start(home)) {
            graph.driver().executableQuery("CREATE (:Trial {nctId: $id})").withParameters(
                    java.util.Map.of("id", "NCT00000000")).execute();
        }

        assertThatThrownBy(() -> InitialLoad.load(home, records.subList(0, 5).iterator(), mapper))
                .isInstanceOf(InitialLoadRefusedException.class).hasMessageContaining("already exists");

        GraphSnapshot after = opened(home);
        assertThat(after.nodes()).containsExactly("[Trial] {nctId: 'NCT00000000'}");
    }

    @Test
    void unreadableFilesAndRecordsThatCannotBeMappedAreRejectedAndCounted() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("with-bad-file"));
        List<Path> files = SharedRecords.files();
        for (Path file : files.subList(0, 3)) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("broken.json"), "{\"protocolSection\": ");

        InitialLoad.Report read = InitialLoad.load(temp.resolve("bad-file"), folder, mapper, LIMITS);

        assertThat(read.created()).isEqualTo(3);
        assertThat(read.rejectedCount()).isEqualTo(1);
        assertThat(read.rejected().get(0).file()).isEqualTo("broken.json");

        TrialRecord r = records.get(3);
        TrialRecord unmappable = new TrialRecord(r.nctId(), "unmappable.json", r.briefTitle(), r.officialTitle(),
                r.briefSummary(), r.phases(), r.status(), r.startDate(), r.completionDate(), r.enrollment(),
                r.studyType(), r.minimumAge(), r.maximumAge(), r.stdAges(), r.arms(), null, r.interventions(),
                r.leadSponsor(), r.collaborators(), r.sites(), r.references(), r.officials());

        InitialLoad.Report mapped = InitialLoad.load(temp.resolve("bad-record"),
                List.of(records.get(0), unmappable, records.get(1)).iterator(), mapper);

        assertThat(mapped.created()).isEqualTo(2);
        assertThat(mapped.rejectedCount()).isEqualTo(1);
        assertThat(mapped.rejected().get(0)).satisfies(rejection -> {
            assertThat(rejection.file()).isEqualTo("unmappable.json");
            assertThat(rejection.recordId()).isEqualTo(r.nctId());
            assertThat(rejection.reason()).startsWith("cannot be normalised");
        });
        assertThat(opened(temp.resolve("bad-record")).labels()).containsEntry("Trial", 2L);
    }

    /** TrialWriter's graph of the records in an empty database with the application's schema and no seed. */
    private static GraphSnapshot writtenByTrialWriter(List<TrialRecord> list) {
        try (ScratchGraph graph = ScratchGraph.start(temp.resolve("transactional-" + System.nanoTime()))) {
            TrialWriter.Result result = new TrialWriter(graph.driver(), mapper, 500).write(list);
            assertThat(result.rejected()).isEmpty();
            return GraphSnapshot.of(graph.driver());
        }
    }

    /** The graph in a store, opened as OncoGraph opens its data folder (schema applied, no seed). */
    /** The token lookup indexes of the store as the bulk importer left it (opened with no schema applied). */
    private static List<String> tokenIndexes(Path home) {
        try (var neo4j = EmbeddedNeo4j.start(new OncoGraphProperties.Embedded(true, home, "127.0.0.1", 0, 0, false, "",
                DataSize.ofMegabytes(16), Duration.ofSeconds(60)));
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            return driver.executableQuery("SHOW INDEXES YIELD type, entityType, state WHERE type = 'LOOKUP' "
                            + "RETURN entityType + ' ' + state AS index ORDER BY index").execute().records().stream()
                    .map(r -> r.get("index").asString()).toList();
        }
    }

    private static GraphSnapshot opened(Path home) {
        try (ScratchGraph graph = ScratchGraph.start(home)) {
            return GraphSnapshot.of(graph.driver());
        }
    }
}
