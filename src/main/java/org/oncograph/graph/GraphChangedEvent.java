package org.oncograph.graph;

/**
 * Published after anything writes to the graph (imports, curated tables), so caches such as the statistics refresh.
 *
 * @param cause what changed the graph, e.g. {@code ctgov-import}
 */
public record GraphChangedEvent(String cause) {
}
