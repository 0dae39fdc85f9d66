package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.oncograph.ApiClient;
import org.oncograph.OncoGraphProcess;
import org.oncograph.graph.GraphSnapshot;

/**
 * A crash in the middle of an import, at process level: OncoGraph in its own JVM imports the 1,025 real records in
 * transactions of {@value ReferenceImport#BATCH_SIZE}, and is killed with SIGKILL once some of them are in. Started
 * again on the same data folder, every trial must be wholly there (as an uninterrupted import leaves it) or wholly
 * absent, and importing the same records again must complete the import into the graph an uninterrupted import
 * leaves.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ImportCrashIT {

    /** Trials in when the kill comes: past the first transactions, far from the last (1,025). */
    private static final int KILL_AT = 300;

    private OncoGraphProcess running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null) {
            running.kill();
        }
    }

    @Test
    void aKillDuringAnImportLeavesEachTrialWholeOrAbsentAndImportingAgainCompletesIt() throws Exception {
        ReferenceImport reference = ReferenceImport.get();
        byte[] records = SharedRecords.zip(0, SharedRecords.COUNT);
        Path dataDir = ReferenceImport.dataDir("crash");

        running = OncoGraphProcess.start(dataDir, ReferenceImport.settings());
        OncoGraphProcess crashing = running;
        // What the graph holds before the import: nothing imported, but a seed (when loaded) cites records itself.
        Set<String> seedSources = ImportedGraph.sourceNodes(crashing.driver());
        Set<String> seedCited = ImportedGraph.citedRecords(crashing.driver());
        List<String> seedOrphans = ImportedGraph.orphans(crashing.driver());
        assertThat(ImportedGraph.importedTrials(crashing.driver())).isZero();

        CompletableFuture<ApiClient.Response> importing = CompletableFuture.supplyAsync(
                () -> crashing.post(ReferenceImport.IMPORT, "application/zip", records));
        int seen = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (seen < KILL_AT && !importing.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = ImportedGraph.importedTrials(crashing.driver());
        }
        assertThat(importing).as("the import was still running when OncoGraph was killed (%d trials seen)", seen)
                .isNotDone();
        crashing.kill();
        running = null;
        System.out.printf("Killed OncoGraph (pid %d) with %d trials seen in the graph%n", crashing.pid(), seen);

        running = OncoGraphProcess.start(dataDir, ReferenceImport.settings());
        Driver driver = running.driver();
        Map<String, List<String>> trials = ImportedGraph.trials(driver);
        Set<String> present = trials.keySet();
        System.out.printf("After recovery: %d of %d trials present%n", present.size(), SharedRecords.COUNT);
        assertThat(present.size()).as("the kill came after some trials and before the last (else this proves nothing)")
                .isBetween(seen, SharedRecords.COUNT - 1).isPositive();
        assertThat(present.size() % ReferenceImport.BATCH_SIZE).as("trials committed in whole transactions").isZero();

        for (String id : present) {
            assertThat(trials.get(id)).as("trial %s, its properties and relationships", id)
                    .isEqualTo(reference.trials().get(id));
        }
        Set<String> sources = new TreeSet<>(present);
        sources.addAll(seedSources);
        assertThat(ImportedGraph.sourceNodes(driver)).as("a Source node for each present trial, none for another")
                .isEqualTo(sources);
        Set<String> absentButCited = new TreeSet<>(ImportedGraph.citedRecords(driver));
        absentButCited.removeAll(present);
        absentButCited.removeAll(seedCited);
        assertThat(absentButCited).as("records whose trial is absent yet a node or relationship names them").isEmpty();
        assertThat(ImportedGraph.orphans(driver)).as("nodes the import left with nothing linking to them")
                .isEqualTo(seedOrphans);

        ApiClient.Response again = running.post(ReferenceImport.IMPORT, "application/zip", records);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.json().path("rejectedCount").asInt()).as(again.raw()).isZero();
        assertThat(again.json().path("unchanged").asInt()).as("the trials already in are found unchanged")
                .isEqualTo(present.size());
        assertThat(again.json().path("created").asInt() + again.json().path("updated").asInt())
                .as("the others are written").isEqualTo(SharedRecords.COUNT - present.size());
        assertThat(ImportedGraph.trials(driver)).hasSize(SharedRecords.COUNT);
        ImportedGraph.assertSame(GraphSnapshot.of(driver), reference.snapshot());
    }
}
