package org.oncograph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.oncograph.OncoGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j 5.26 server running inside the OncoGraph process, with Bolt (for the driver and Browser) and HTTP
 * (for Neo4j Browser). OncoGraph itself only ever talks to it through the driver over Bolt, exactly as it would
 * talk to an external server, so the embedded and the server deployments run the same code.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Hosts whose guides and styles Neo4j Browser may fetch: OncoGraph on this machine, and Neo4j's own guides. */
    static final String BROWSER_GUIDE_HOSTS = "localhost,127.0.0.1,guides.neo4j.com";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final int httpPort;
    private final String host;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String host, String password) {
        this.dbms = dbms;
        this.host = host;
        this.password = password;
        var ports = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        this.boltPort = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        var http = ports.getLocalAddress(ConnectorType.HTTP);
        this.httpPort = http == null ? -1 : http.getPort();
    }

    /** Starts Neo4j as configured; fails with an {@link EmbeddedNeo4jException} saying why it could not. */
    public static EmbeddedNeo4j start(OncoGraphProperties.Embedded config) {
        String host = config.listenAddress();
        boolean auth = !config.password().isBlank();
        if (!isLoopback(host) && !auth) {
            throw new EmbeddedNeo4jException(
                    "The embedded Neo4j would listen on " + host + " without authentication.",
                    "Keep oncograph.embedded.listen-address=127.0.0.1, or set oncograph.embedded.password"
                            + " (ONCOGRAPH_EMBEDDED_PASSWORD) to a password other than 'neo4j'.");
        }
        if (auth && "neo4j".equals(config.password())) {
            throw new EmbeddedNeo4jException("The embedded Neo4j password is the default 'neo4j'.",
                    "Choose another value for oncograph.embedded.password.");
        }
        Path home = prepareHome(config.dataDir());
        long started = System.nanoTime();
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, config.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, config.boltPort()))
                .setConfig(HttpConnector.enabled, config.httpEnabled())
                .setConfig(HttpConnector.listen_address, new SocketAddress(host, config.httpPort()))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(host, config.httpPort()))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Lets Browser `:play` OncoGraph's own guide (http://localhost:8080/guides/oncograph.html); Neo4j's
                // default allows localhost only, and people also open Browser at 127.0.0.1.
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, BROWSER_GUIDE_HOSTS)
                .setConfig(GraphDatabaseSettings.pagecache_memory, config.pageCache().toBytes())
                .setConfig(GraphDatabaseSettings.transaction_timeout, config.transactionTimeout())
                // Neo4j's default Bolt/Netty shutdown waits add ~10 s to every stop; nothing is in flight by then.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw EmbeddedNeo4jException.explain(e, config, home);
        }
        if (auth) {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", config.password()));
        }
        var neo4j = new EmbeddedNeo4j(dbms, host, auth ? config.password() : null);
        log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on {}:{}, Browser at {}",
                (System.nanoTime() - started) / 1_000_000, home, host, neo4j.boltPort,
                neo4j.httpPort > 0 ? "http://" + displayHost(host) + ":" + neo4j.httpPort + "/browser/" : "(off)");
        return neo4j;
    }

    private static Path prepareHome(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("The data folder " + home + " cannot be created (" + e.getMessage() + ").",
                    "Set oncograph.embedded.data-dir to a folder OncoGraph may write to.");
        }
        if (!Files.isWritable(home)) {
            throw new EmbeddedNeo4jException("The data folder " + home + " is not writable.",
                    "Give OncoGraph write access to it, or set oncograph.embedded.data-dir to another folder.");
        }
        return home;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String displayHost(String host) {
        return isLoopback(host) ? "localhost" : host;
    }

    public URI boltUri() {
        return URI.create("bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    /** The bound HTTP port serving Neo4j Browser, or -1 when HTTP is off. */
    public int httpPort() {
        return httpPort;
    }

    /** The password of the {@code neo4j} user, or null when authentication is off. */
    public String password() {
        return password;
    }

    /** Direct access for maintenance tasks that must run in-process (export, backup); queries use the driver. */
    public GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
