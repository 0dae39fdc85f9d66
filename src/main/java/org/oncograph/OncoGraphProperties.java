package org.oncograph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Every OncoGraph setting, under the {@code oncograph} prefix; see docs/operations.md for each. */
@ConfigurationProperties("oncograph")
public record OncoGraphProperties(
        @DefaultValue Embedded embedded,
        @DefaultValue Graph graph,
        @DefaultValue Security security,
        @DefaultValue Export export) {

    /**
     * The in-process Neo4j started when no {@code spring.neo4j.uri} is set.
     *
     * @param enabled       start an embedded Neo4j when no external URI is configured
     * @param dataDir       Neo4j home: databases, transaction logs and Neo4j's own logs live below it
     * @param listenAddress address Bolt and HTTP bind to; loopback unless a password is set
     * @param boltPort      Bolt port (0 picks a free one, as tests do)
     * @param httpPort      Neo4j HTTP port serving Neo4j Browser (0 picks a free one)
     * @param httpEnabled   serve Neo4j's HTTP API and Browser
     * @param password      password of the {@code neo4j} user; empty means authentication is off
     * @param pageCache     Neo4j page cache size
     * @param transactionTimeout longest a transaction may run before Neo4j stops it
     */
    public record Embedded(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("./data") Path dataDir,
            @DefaultValue("127.0.0.1") String listenAddress,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("7474") int httpPort,
            @DefaultValue("true") boolean httpEnabled,
            @DefaultValue("") String password,
            @DefaultValue("256MB") DataSize pageCache,
            @DefaultValue("30s") Duration transactionTimeout) {
    }

    /**
     * What is applied to the graph at start-up.
     *
     * @param schemaLocation resource pattern of the schema files (constraints, indexes)
     * @param seedLocation   resource pattern of the curated seed files
     * @param loadSeed       load the curated seed knowledge at start-up
     */
    public record Graph(
            @DefaultValue("classpath*:cypher/schema/*.cypher") String schemaLocation,
            @DefaultValue("classpath*:cypher/seed/*.cypher") String seedLocation,
            @DefaultValue("true") boolean loadSeed) {
    }

    /**
     * Access rules.
     *
     * @param apiKey         the key that write requests must send in {@code X-API-Key}; empty disables writes
     * @param readsOpen      whether read endpoints are open without a key
     * @param maxRequestBody largest request body accepted, except by the import endpoints, which have their own
     *                       bound ({@code oncograph.ingest.max-request-size})
     */
    public record Security(
            @DefaultValue("") String apiKey,
            @DefaultValue("true") boolean readsOpen,
            @DefaultValue("1MB") DataSize maxRequestBody) {
    }

    /**
     * The portable export (a Cypher script any Neo4j 5 loads), and the command-line tasks that write or load one
     * and then exit instead of serving.
     *
     * @param to        write the whole graph to this file, then exit (e.g. {@code --oncograph.export.to=og.cypher})
     * @param loadFrom  load this export (or any Cypher script) into the database, then exit
     * @param batchSize rows per {@code UNWIND} statement in the export
     */
    public record Export(
            Path to,
            Path loadFrom,
            @DefaultValue("500") int batchSize) {

        /** Whether OncoGraph runs a one-off task rather than serving. */
        public boolean task() {
            return to != null || loadFrom != null;
        }
    }
}
