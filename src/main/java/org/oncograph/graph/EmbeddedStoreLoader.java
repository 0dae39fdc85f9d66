package org.oncograph.graph;

import java.nio.file.Path;

/**
 * Writes the embedded database's store before the embedded Neo4j opens it (the initial load, in {@code ingest}):
 * offline importers need the store closed, so they cannot run once the server is up.
 */
public interface EmbeddedStoreLoader {

    /** Fills the store under the DBMS home {@code home} ({@code oncograph.embedded.data-dir}). */
    void load(Path home);
}
