package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncograph.OncoGraphApplication;
import org.oncograph.OncoGraphProcess;
import org.springframework.boot.SpringApplication;

/**
 * The initial load as users run it: the import command with {@code oncograph.import.initial-load} on an empty data
 * folder, then OncoGraph serving that folder; and the refusals (a data folder with a database, a Neo4j server).
 */
class InitialLoadCommandIT {

    @TempDir
    Path temp;

    @Test
    void theImportCommandBulkLoadsAnEmptyDataFolderWhichOncoGraphThenServes() throws Exception {
        Path records = Files.createDirectories(temp.resolve("records"));
        List<Path> files = SharedRecords.files().subList(0, 3);
        for (Path file : files) {
            Files.copy(file, records.resolve(file.getFileName()));
        }
        Files.writeString(records.resolve("broken.json"), "{\"protocolSection\": ");
        // A record that states a link the seed has too (CAR-GPC3 T cells target GPC3): the seed, merged after the
        // records, keeps the record among the link's sources.
        Files.writeString(records.resolve("NCT99997001.json"), Studies.v2("NCT99997001", "CAR-GPC3 T cells"));
        String nctId = TargetLinkingQualityTest.sharedRecords().get(0).nctId();
        Path data = temp.resolve("data");

        // With the seed, as a user runs it: the seed is merged over the bulk-loaded graph when Neo4j has started.
        var load = OncoGraphProcess.run(data, Duration.ofMinutes(8), "--oncograph.import=" + records,
                "--oncograph.import.initial-load=true");

        assertThat(load.status()).as(load.output()).isEqualTo(1);
        assertThat(load.output()).contains("initial load of " + records, "4 trials created", "1 rejected",
                "broken.json");
        try (var app = OncoGraphProcess.start(data, "--oncograph.graph.load-seed=false")) {
            assertThat(app.api().get("/api/v1/trials/" + nctId).status()).isEqualTo(200);
            var hashes = app.driver().executableQuery("MATCH (t:Trial) WHERE t.recordHash IS NOT NULL RETURN count(t) AS n")
                    .execute().records();
            assertThat(hashes.get(0).get("n").asLong()).as("trials written from records").isEqualTo(4);
            var gpc3 = app.driver().executableQuery("""
                    MATCH (:Therapy {id: 'car-gpc3-t-cells'})-[r:TARGETS]->(:Antigen {symbol: 'GPC3'})
                    RETURN r.sources AS sources""").execute().records();
            assertThat(gpc3).singleElement().satisfies(r -> assertThat(r.get("sources").asList(v -> v.asString()))
                    .startsWith("seed:002").contains("ctgov:NCT99997001").doesNotHaveDuplicates());
            // Without the token lookup indexes every label scan is a scan of all nodes (neighbourhoods and paths
            // went from ~40 ms to ~900 ms at 500,000 trials when the initial load did not build them).
            var lookups = app.driver().executableQuery("SHOW INDEXES YIELD type, entityType, state "
                    + "WHERE type = 'LOOKUP' RETURN entityType, state ORDER BY entityType").execute().records();
            assertThat(lookups).extracting(r -> r.get("entityType").asString() + " " + r.get("state").asString())
                    .containsExactly("NODE ONLINE", "RELATIONSHIP ONLINE");
            var plan = app.driver().executableQuery("EXPLAIN MATCH (t:Trial) RETURN count(t.title) AS n").execute()
                    .summary().plan().toString();
            assertThat(plan).contains("NodeByLabelScan").doesNotContain("AllNodesScan");
        }

        var again = OncoGraphProcess.run(data, Duration.ofMinutes(8), "--oncograph.import=" + records,
                "--oncograph.import.initial-load=true");

        assertThat(again.status()).as(again.output()).isNotZero();
        assertThat(again.output()).contains("already exists");
    }

    @Test
    void aNeo4jServerIsRefusedBeforeAnythingConnectsToIt() {
        var app = new SpringApplication(OncoGraphApplication.class);

        assertThatThrownBy(() -> app.run("--spring.neo4j.uri=bolt://127.0.0.1:9", "--server.port=0",
                "--oncograph.import=" + temp, "--oncograph.import.initial-load=true"))
                .isInstanceOf(InitialLoadRefusedException.class)
                .hasMessageContaining("cannot load a Neo4j server");
    }
}
