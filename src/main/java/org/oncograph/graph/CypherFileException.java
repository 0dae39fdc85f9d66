package org.oncograph.graph;

/** A schema or seed file that could not be applied, naming the file, the statement and Neo4j's reason. */
public class CypherFileException extends GraphStartupException {

    public CypherFileException(String file, int statement, int line, String reason, Throwable cause) {
        super("Cypher file " + file + ", statement " + statement + " (line " + line + "): " + reason,
                "Fix that statement; nothing from the files was kept, and OncoGraph serves no half-loaded graph.",
                cause);
    }

    public CypherFileException(String file, String reason, Throwable cause) {
        super("Cypher file " + file + ": " + reason, "Fix the file.", cause);
    }
}
