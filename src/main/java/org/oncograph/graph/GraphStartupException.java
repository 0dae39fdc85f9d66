package org.oncograph.graph;

/** A reason the graph could not be made ready, with what the user can do about it. */
public class GraphStartupException extends RuntimeException {

    private final String action;

    public GraphStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
