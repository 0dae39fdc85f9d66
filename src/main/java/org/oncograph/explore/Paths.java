package org.oncograph.explore;

import java.util.List;

import org.oncograph.graph.EntitySummary;

/**
 * The shortest paths between two entities, each as readable steps; empty when none is at most
 * {@code maxLength} long.
 */
public record Paths(EntitySummary from, EntitySummary to, int maxLength, List<Path> paths) {

    /** One path: its length (number of relationships) and its steps in order. */
    public record Path(int length, List<PathStep> steps) {
    }
}
