package org.oncograph.source;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One source of a relationship: its id as the relationship lists it and what its {@code Source} node says.
 *
 * @param id        the id in the relationship's {@code sources} ({@code ctgov:NCT02395250}, {@code seed:002})
 * @param kind      {@code seed-document}, {@code registry-record}, {@code publication}, {@code reference} or
 *                  {@code curated-table}; absent if no {@code Source} node has the id (a list edited by hand)
 * @param title     the document's title, when known
 * @param url       where to read it, when known
 * @param publisher who published it, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceItem(String id, String kind, String title, String url, String publisher) {
}
