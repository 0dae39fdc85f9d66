package org.oncograph.graph;

import java.net.BindException;
import java.nio.file.Path;

import org.oncograph.OncoGraphProperties;

/** Why the embedded Neo4j could not start, in words a user can act on (shown by {@link StartupFailureAnalyzer}). */
public class EmbeddedNeo4jException extends GraphStartupException {

    public EmbeddedNeo4jException(String description, String action) {
        this(description, action, null);
    }

    EmbeddedNeo4jException(String description, String action, Throwable cause) {
        super(description, action, cause);
    }

    /** Turns Neo4j's start-up failure into one sentence: locked data folder, port in use, or Neo4j's own message. */
    static EmbeddedNeo4jException explain(RuntimeException failure, OncoGraphProperties.Embedded config, Path home) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().equals("FileLockException") || message.contains("store_lock")) {
                return new EmbeddedNeo4jException("The data folder " + home + " is locked by another process"
                        + " (another OncoGraph or Neo4j is using it).",
                        "Stop that process, or set oncograph.embedded.data-dir to another folder.", failure);
            }
            if (t instanceof BindException || message.contains("Address already in use")) {
                return new EmbeddedNeo4jException("A port of the embedded Neo4j is already in use (Bolt "
                        + config.boltPort() + ", HTTP " + config.httpPort() + " on " + config.listenAddress() + ").",
                        "Stop what uses it, or set oncograph.embedded.bolt-port / oncograph.embedded.http-port.",
                        failure);
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return new EmbeddedNeo4jException("Neo4j may not write to " + t.getMessage() + ".",
                        "Give OncoGraph write access to the data folder, or set oncograph.embedded.data-dir.", failure);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new EmbeddedNeo4jException("The embedded Neo4j failed to start: " + root.getMessage(),
                "See " + home.resolve("logs/debug.log") + " for Neo4j's own log.", failure);
    }
}
