package org.oncograph.ingest;

import org.oncograph.graph.GraphStartupException;

/** The initial load cannot run here (a database already exists, or the graph is not the embedded one). */
public class InitialLoadRefusedException extends GraphStartupException {

    public InitialLoadRefusedException(String description, String action) {
        super(description, action, null);
    }
}
