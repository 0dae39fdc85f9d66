package org.oncograph.explore;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The best hits of a search, best first. A ranked top-N, not a paged list: relevance ranking has no stable
 * total, so {@code limit} says how many were asked for.
 *
 * @param fuzzy true when nothing matched exactly and the hits come from a forgiving (fuzzy) query
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResults(String query, String type, int limit, boolean fuzzy, List<SearchHit> items) {
}
