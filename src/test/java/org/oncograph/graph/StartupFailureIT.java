package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncograph.OncoGraphApplication;
import org.oncograph.OncoGraphProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.unit.DataSize;

class StartupFailureIT {

    @TempDir
    Path dataDir;

    private static OncoGraphProperties.Embedded embedded(Path dir, String host, int boltPort, String password) {
        return new OncoGraphProperties.Embedded(true, dir, host, boltPort, 0, false, password,
                DataSize.ofMegabytes(16), Duration.ofSeconds(30));
    }

    @Test
    void aBrokenSeedStatementStopsStartUpNamingFileAndStatementAndKeepsNothing() {
        var app = new SpringApplication(OncoGraphApplication.class);
        assertThatThrownBy(() -> app.run(
                "--server.port=0", "--oncograph.embedded.bolt-port=0", "--oncograph.embedded.http-port=0",
                "--oncograph.embedded.data-dir=" + dataDir,
                "--oncograph.graph.seed-location=classpath:broken-seed/*.cypher"))
                .hasRootCauseInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
                .satisfies(e -> {
                    Throwable cause = e;
                    while (!(cause instanceof CypherFileException)) {
                        cause = cause.getCause();
                    }
                    FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription())
                            .contains("002-broken.cypher", "statement 2", "line 4");
                    assertThat(analysis.getAction()).contains("nothing from the files was kept");
                });

        try (var neo4j = EmbeddedNeo4j.start(embedded(dataDir, "127.0.0.1", 0, ""))) {
            long partial = (long) neo4j.database().executeTransactionally(
                    "MATCH (s:Source {id: 'test:partial-seed'}) RETURN count(s) AS n", java.util.Map.of(),
                    result -> result.next().get("n"));
            assertThat(partial).as("statements before the broken one are rolled back").isZero();
        }
    }

    @Test
    void aDataFolderInUseIsExplainedInOneSentence() {
        try (var first = EmbeddedNeo4j.start(embedded(dataDir, "127.0.0.1", 0, ""))) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(embedded(dataDir, "127.0.0.1", 0, "")))
                    .isInstanceOf(EmbeddedNeo4jException.class)
                    .hasMessageContaining("is locked by another process")
                    .hasMessageContaining(dataDir.toString());
        }
    }

    @Test
    void aBoltPortInUseIsExplainedInOneSentence() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(embedded(dataDir, "127.0.0.1", taken.getLocalPort(), "")))
                    .isInstanceOf(EmbeddedNeo4jException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(embedded(dataDir, "0.0.0.0", 0, "")))
                .isInstanceOf(EmbeddedNeo4jException.class)
                .hasMessageContaining("without authentication");
        assertThatThrownBy(() -> EmbeddedNeo4j.start(embedded(dataDir, "0.0.0.0", 0, "neo4j")))
                .hasMessageContaining("default");
    }

    @Test
    void withAPasswordTheEmbeddedServerRequiresIt() {
        try (var neo4j = EmbeddedNeo4j.start(embedded(dataDir, "127.0.0.1", 0, "s3cret-pass"));
             var driver = org.neo4j.driver.GraphDatabase.driver(neo4j.boltUri(),
                     org.neo4j.driver.AuthTokens.basic("neo4j", "s3cret-pass"))) {
            driver.verifyConnectivity();
            try (var anonymous = org.neo4j.driver.GraphDatabase.driver(neo4j.boltUri(),
                    org.neo4j.driver.AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity)
                        .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
            }
        }
    }
}
