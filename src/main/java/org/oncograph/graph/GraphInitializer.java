package org.oncograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.oncograph.OncoGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/} and then {@code cypher/seed/} while the application context starts, so that no
 * request (and no readiness probe) is served before the graph is complete. Schema statements are idempotent
 * ({@code IF NOT EXISTS}) and each runs on its own, as Neo4j requires; the seed files are {@code MERGE} only and
 * all run in one transaction: a broken seed statement leaves the graph exactly as it was and stops start-up.
 */
@Component
public class GraphInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

    private static final java.time.Duration SEED_TIMEOUT = java.time.Duration.ofMinutes(10);

    private final Driver driver;
    private final OncoGraphProperties.Graph config;

    GraphInitializer(Driver driver, OncoGraphProperties properties) {
        this.driver = driver;
        this.config = properties.graph();
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        List<CypherScript> schema = load(config.schemaLocation());
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            for (CypherScript script : schema) {
                run(session, script);
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        int seedStatements = 0;
        if (config.loadSeed()) {
            List<CypherScript> seed = load(config.seedLocation());
            try (Session session = driver.session(SessionConfig.defaultConfig());
                 // Hundreds of small statements, each planned once: allow for a slow, busy machine.
                 var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(SEED_TIMEOUT).build())) {
                for (CypherScript script : seed) {
                    seedStatements += run(tx, script);
                }
                tx.commit();
            }
        }
        log.info("Graph ready in {} ms: {} schema files applied, {} seed statements merged",
                (System.nanoTime() - started) / 1_000_000, schema.size(), seedStatements);
    }

    /** Runs every statement of a script; a failure names the file, the statement and its line. */
    private static int run(org.neo4j.driver.QueryRunner runner, CypherScript script) {
        for (int i = 0; i < script.statements().size(); i++) {
            var statement = script.statements().get(i);
            try {
                runner.run(statement.text()).consume();
            } catch (Neo4jException e) {
                throw new CypherFileException(script.name(), i + 1, statement.line(), e.getMessage(), e);
            }
        }
        return script.statements().size();
    }

    /** The scripts matching a resource pattern, in file-name order (files are numbered). */
    static List<CypherScript> load(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(GraphInitializer::parse)
                    .toList();
        } catch (IOException e) {
            throw new GraphStartupException("Cannot list Cypher files at " + pattern + ": " + e.getMessage(),
                    "Check oncograph.graph.schema-location and oncograph.graph.seed-location.", e);
        }
    }

    private static CypherScript parse(Resource resource) {
        String name = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            return CypherScript.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CypherFileException(name, "cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CypherFileException(name, e.getMessage(), e);
        }
    }
}
