package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.oncograph.ApiClient;
import org.oncograph.OncoGraphProcess;
import org.oncograph.graph.GraphSnapshot;

/**
 * Two imports at once, of overlapping slices of the 1,025 real records (0–700 and 300–1,024), into a fresh
 * OncoGraph in its own JVM: both must finish with nothing rejected (deadlocks between them are retried), and the
 * graph must be the one a single sequential import leaves, as far as order cannot matter: the same trials with the
 * same relationships, the same counts per label and type, one node per key and no duplicate relationship.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ConcurrentImportIT {

    /** When a request was sent and answered, to show that the two imports overlapped in time. */
    private record Timed(ApiClient.Response response, long sent, long answered) {
    }

    private static Callable<Timed> importing(OncoGraphProcess app, byte[] records) {
        return () -> {
            long sent = System.nanoTime();
            var response = app.post(ReferenceImport.IMPORT, "application/zip", records);
            return new Timed(response, sent, System.nanoTime());
        };
    }

    @Test
    void twoOverlappingImportsOfTheRealRecordsLeaveTheGraphOneSequentialImportLeaves() throws Exception {
        ReferenceImport reference = ReferenceImport.get();
        byte[] first = SharedRecords.zip(0, 701);
        byte[] second = SharedRecords.zip(300, SharedRecords.COUNT);

        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (OncoGraphProcess app = OncoGraphProcess.start(ReferenceImport.dataDir("concurrent"),
                ReferenceImport.settings())) {
            Future<Timed> one = clients.submit(importing(app, first));
            Future<Timed> two = clients.submit(importing(app, second));
            Timed a = one.get();
            Timed b = two.get();
            for (Timed run : new Timed[] {a, b}) {
                assertThat(run.response().status()).as(run.response().raw()).isEqualTo(200);
                assertThat(run.response().json().path("rejectedCount").asInt()).as(run.response().raw()).isZero();
            }
            assertThat(a.sent() < b.answered() && b.sent() < a.answered()).as("the two imports overlapped").isTrue();
            System.out.printf("Overlapping imports: %s / %s%n", a.response().raw().replaceAll("\"rejected\":\\[]", ""),
                    b.response().raw().replaceAll("\"rejected\":\\[]", ""));

            Driver driver = app.driver();
            assertThat(ImportedGraph.duplicateNodes(driver)).as("keys held by more than one node").isEmpty();
            assertThat(ImportedGraph.duplicateRelationships(driver)).as("node pairs joined twice by one type")
                    .isEqualTo(reference.duplicates()).isEmpty();
            var trials = ImportedGraph.trials(driver);
            assertThat(trials).hasSize(SharedRecords.COUNT);
            for (var trial : trials.entrySet()) {
                assertThat(trial.getValue()).as("trial %s, its properties and relationships", trial.getKey())
                        .isEqualTo(reference.trials().get(trial.getKey()));
            }
            GraphSnapshot graph = GraphSnapshot.of(driver);
            assertThat(graph.labels()).as("nodes per label").isEqualTo(reference.snapshot().labels());
            assertThat(graph.types()).as("relationships per type").isEqualTo(reference.snapshot().types());
        } finally {
            clients.shutdownNow();
        }
    }
}
