package org.oncograph.graph;

/**
 * An entity that a reference may mean, as listed in 409 {@code candidates} and 404 {@code suggestions}.
 *
 * @param type    the node label
 * @param key     the business key to ask with instead
 * @param name    the entity's name
 * @param matched the name or synonym that matched what was typed
 */
public record ReferenceCandidate(String type, String key, String name, String matched) {
}
