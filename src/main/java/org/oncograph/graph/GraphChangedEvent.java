package org.oncograph.graph;

/**
 * Published (with {@code ApplicationEventPublisher}) by anything that wrote to the graph, e.g. an importer after
 * its last batch, so that caches over the graph (the statistics) are refreshed.
 *
 * @param cause what changed, for logs ("ctgov import: 1,025 trials")
 */
public record GraphChangedEvent(String cause) {
}
