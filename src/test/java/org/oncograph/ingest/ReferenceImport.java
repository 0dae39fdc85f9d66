package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.oncograph.OncoGraphProcess;
import org.oncograph.graph.GraphSnapshot;

/**
 * The yardstick for imports under faults and load: all shared records imported once, in order, by one request into
 * a fresh OncoGraph in its own JVM, with the settings every process of these tests uses. Built once per test JVM and
 * shared by the tests that compare against it.
 */
record ReferenceImport(GraphSnapshot snapshot, Map<String, List<String>> trials, List<String> duplicates) {

    /** Records per transaction: small, so that an import is many transactions and a kill lands between them. */
    static final int BATCH_SIZE = 25;

    static final String IMPORT = "/api/v1/imports/ctgov";

    private static ReferenceImport built;

    /**
     * Settings of every OncoGraph process here, and {@code more}. The batch size must be the same everywhere: which
     * record of a batch writes a shared node first decides some of its properties. No seed: what is under test is
     * what imports do, and merging the seed is most of a start's time.
     */
    static String[] settings(String... more) {
        return Stream.concat(Stream.of("--oncograph.ingest.batch-size=" + BATCH_SIZE,
                "--oncograph.graph.load-seed=false", "--logging.level.root=WARN", "--logging.level.org.oncograph=INFO"),
                Stream.of(more)).toArray(String[]::new);
    }

    static synchronized ReferenceImport get() throws Exception {
        if (built == null) {
            try (OncoGraphProcess app = OncoGraphProcess.start(dataDir("reference"), settings())) {
                var report = app.post(IMPORT, "application/zip", SharedRecords.zip(0, SharedRecords.COUNT));
                assertThat(report.status()).as(report.raw()).isEqualTo(200);
                // Updated: trials the seed already holds, now with the record's facts.
                assertThat(report.json().path("created").asInt() + report.json().path("updated").asInt())
                        .as(report.raw()).isEqualTo(SharedRecords.COUNT);
                assertThat(report.json().path("rejectedCount").asInt()).as(report.raw()).isZero();
                built = new ReferenceImport(GraphSnapshot.of(app.driver()), ImportedGraph.trials(app.driver()),
                        ImportedGraph.duplicateRelationships(app.driver()));
            }
        }
        return built;
    }

    /** A fresh data folder (and its log beside it) under target/, named for what runs on it. */
    static Path dataDir(String name) {
        return Path.of("target", "it-process", name + "-" + UUID.randomUUID());
    }
}
