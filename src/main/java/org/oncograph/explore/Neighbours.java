package org.oncograph.explore;

import java.util.List;

/**
 * The entities linked to one entity: at most {@value NeighbourQueries#PER_TYPE} per relationship type and
 * direction, with the full counts beside them.
 */
public record Neighbours(List<Neighbour> items, List<NeighbourCount> counts) {
}
