package org.oncograph.explore;

/** How many relationships of a type and direction an entity has (all of them, not just those listed). */
public record NeighbourCount(String relationship, String direction, long count) {
}
