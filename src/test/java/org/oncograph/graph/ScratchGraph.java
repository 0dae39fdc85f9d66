package org.oncograph.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.oncograph.OncoGraphProperties;
import org.springframework.util.unit.DataSize;

/**
 * A throwaway embedded Neo4j with the application's schema (constraints and indexes, no seed), for tests that need
 * graphs of their own to compare, outside any Spring context.
 */
public final class ScratchGraph implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;

    private ScratchGraph(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
        this.driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    }

    public static ScratchGraph start(Path dir) {
        var graph = new ScratchGraph(EmbeddedNeo4j.start(new OncoGraphProperties.Embedded(true, dir, "127.0.0.1", 0,
                0, false, "", DataSize.ofMegabytes(16), Duration.ofSeconds(60))));
        for (CypherScript script : GraphInitializer.load("classpath*:cypher/schema/*.cypher")) {
            script.statements().forEach(s -> graph.driver.executableQuery(s.text()).execute());
        }
        graph.driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        return graph;
    }

    public Driver driver() {
        return driver;
    }

    /** Empties the graph; the schema stays. */
    public void clear() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
