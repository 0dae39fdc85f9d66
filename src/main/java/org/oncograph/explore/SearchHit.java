package org.oncograph.explore;

/**
 * One search result.
 *
 * @param type    the node label
 * @param key     the business key, to ask the other endpoints with
 * @param name    the entity's name
 * @param matched the name, synonym or alias that matched the query
 * @param score   the full-text relevance (higher is better; comparable within one answer only)
 */
public record SearchHit(String type, String key, String name, String matched, double score) {
}
