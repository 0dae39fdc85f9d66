package org.oncograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * ({@code IF NOT EXISTS}) and run together in one transaction (no data in it); the seed files are {@code MERGE} only and
 * all run in one transaction: a broken seed statement leaves the graph exactly as it was and stops start-up. The
 * seed is merged once per version of its content (see {@link #APPLIED_SEED}).
 */
@Component
public class GraphInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

    private static final java.time.Duration SEED_TIMEOUT = java.time.Duration.ofMinutes(10);

    /** Longest the start waits for the schema's indexes to come online before it fails. */
    private static final java.time.Duration INDEX_POPULATION_WAIT = java.time.Duration.ofHours(1);

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
            // One transaction for the whole schema: Neo4j then populates all the indexes it creates in one pass
            // over the store instead of one pass per index (after an initial load, millions of nodes each time).
            try (var tx = session.beginTransaction()) {
                for (CypherScript script : schema) {
                    run(tx, script, false);
                }
                tx.commit();
            }
        }
        long schemaApplied = System.nanoTime();
        int seedStatements = 0;
        if (config.loadSeed()) {
            List<CypherScript> seed = load(config.seedLocation());
            String checksum = checksum(seed);
            try (Session session = driver.session(SessionConfig.defaultConfig());
                 // Hundreds of small statements, each planned once: allow for a slow, busy machine.
                 var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(SEED_TIMEOUT).build())) {
                String applied = tx.run(APPLIED_SEED).single().get("checksum").asString(null);
                if (checksum.equals(applied)) {
                    log.info("Seed {} already merged into this graph: not merged again", checksum.substring(0, 12));
                } else {
                    for (CypherScript script : seed) {
                        seedStatements += run(tx, script, true);
                    }
                    tx.run(RECORD_SEED, Map.of("checksum", checksum,
                            "files", seed.stream().map(CypherScript::name).toList())).consume();
                }
                tx.commit();
            }
        }
        long seedMerged = System.nanoTime();
        // The indexes are populated in the background from the schema's commit on, the seed merged meanwhile (it
        // needs only the constraints' indexes, online at that commit). After an initial load (docs/adr/0006-initial-
        // load.md) the population takes tens of seconds at registry scale, not the moment a small graph takes, and
        // the seed's ten seconds there overlap it. The transaction's own time limit overrides the database's
        // default (30 s), which Neo4j 5.3+ honours when it is longer.
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_POPULATION_WAIT.toSeconds()),
                    TransactionConfig.builder().withTimeout(INDEX_POPULATION_WAIT).build()).consume();
        }
        long now = System.nanoTime();
        log.info("Graph ready in {} ms: {} schema files applied ({} ms), {} seed statements merged ({} ms), indexes "
                        + "online {} ms later", (now - started) / 1_000_000, schema.size(),
                (schemaApplied - started) / 1_000_000, seedStatements, (seedMerged - schemaApplied) / 1_000_000,
                (now - seedMerged) / 1_000_000);
    }

    /**
     * The seed is merged once per content, not at every start: its statements set properties ({@code SET n +=
     * row.props}), so merging it again would roll back what imports have since written on the trials and
     * relationships it shares with the registry. A new seed (a new release) is merged again; deleting the marker
     * node makes the next start merge it again.
     */
    private static final String APPLIED_SEED = "OPTIONAL MATCH (s:OncoGraphSeed {id: 'seed'}) RETURN s.checksum AS checksum";

    private static final String RECORD_SEED = """
            MERGE (s:OncoGraphSeed {id: 'seed'})
            SET s.checksum = $checksum, s.files = $files""";

    /** SHA-256 of the seed's file names and statements, in the order they run. */
    static String checksum(List<CypherScript> scripts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CypherScript script : scripts) {
                digest.update(script.name().getBytes(StandardCharsets.UTF_8));
                for (CypherScript.Statement statement : script.statements()) {
                    digest.update((byte) 0);
                    digest.update(statement.text().getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs every statement of a script; a failure names the file, the statement and its line. With
     * {@code literalRows}, a statement {@code UNWIND [<literal rows>] AS row ...} runs with its rows as a parameter
     * ({@link LiteralRows}: the seed's literals were most of its compile time).
     */
    private static int run(org.neo4j.driver.QueryRunner runner, CypherScript script, boolean literalRows) {
        for (int i = 0; i < script.statements().size(); i++) {
            var statement = script.statements().get(i);
            try {
                Optional<LiteralRows.Parameterized> parameterized = literalRows ? LiteralRows.of(statement.text())
                        : Optional.empty();
                if (parameterized.isPresent()) {
                    runner.run(parameterized.get().text(), parameterized.get().parameters()).consume();
                } else {
                    runner.run(statement.text()).consume();
                }
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
