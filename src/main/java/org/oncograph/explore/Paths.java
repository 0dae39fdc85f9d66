package org.oncograph.explore;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.oncograph.graph.EntitySummary;

/**
 * The shortest paths between two entities, each as readable steps; empty when none is at most
 * {@code maxLength} long.
 *
 * @param bounded true when the search left relationships unread (a hub's beyond its share of a level's budget):
 *                the paths are then the shortest among those found, and an empty answer means none was found
 *                within the budget, not that none exists
 */
public record Paths(EntitySummary from, EntitySummary to, int maxLength, List<Path> paths,
                    @Schema(description = "true when the search was cut by its budget (hubs on the way): the "
                            + "paths are the shortest found, and none found does not prove none exists")
                    boolean bounded) {

    /** One path: its length (number of relationships) and its steps in order. */
    public record Path(int length, List<PathStep> steps) {
    }
}
