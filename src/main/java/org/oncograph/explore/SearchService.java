package org.oncograph.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.FullText;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.ReferenceResolver;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the names, synonyms, aliases and titles of every type ({@code entity_names}). The text is
 * escaped, so Lucene syntax typed by a user is searched for literally; exact name matches rank first.
 */
@Component
class SearchService {

    /** With a type filter, hits of other types are dropped after Lucene's limit, so ask it for more. */
    static final int TYPED_OVERFETCH = 10;
    static final int MAX_FETCH = 1000;

    /** Hits as their names and keys only ({@link ReferenceResolver#named}), not whole nodes. */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
            WHERE $label IS NULL OR $label IN labels(node)
            WITH node, score LIMIT $limit
            RETURN %s AS node, score""".formatted(ReferenceResolver.named("node"));

    private final GraphReads reads;

    SearchService(GraphReads reads) {
        this.reads = reads;
    }

    SearchResults search(String text, EntityType type, int limit) {
        List<SearchHit> hits = run(FullText.search(text), type, limit, text);
        boolean fuzzy = false;
        if (hits.isEmpty()) {
            String forgiving = FullText.fuzzy(text);
            if (forgiving != null) {
                hits = run(forgiving, type, limit, text);
                fuzzy = !hits.isEmpty();
            }
        }
        return new SearchResults(text, type == null ? null : type.label(), limit, fuzzy, hits);
    }

    private List<SearchHit> run(String query, EntityType type, int limit, String text) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("index", FullText.INDEX);
        parameters.put("query", query);
        parameters.put("label", type == null ? null : type.label());
        parameters.put("fetch", type == null ? limit : Math.min(limit * TYPED_OVERFETCH, MAX_FETCH));
        parameters.put("limit", limit);
        List<Record> records = reads.list(SEARCH, parameters);
        String wanted = FullText.normalise(text);
        List<SearchHit> hits = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        for (Record record : records) {
            Value node = record.get("node");
            EntitySummary summary = EntitySummary.of(node);
            String matched = ReferenceResolver.matchedName(node, text);
            hits.add(new SearchHit(summary.type(), summary.key(), summary.name(), matched,
                    record.get("score").asDouble()));
            exact.add(FullText.normalise(matched).equals(wanted));
        }
        // A stable sort: exact name matches first, then Lucene's order.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> !exact.get(i)));
        return order.stream().map(hits::get).toList();
    }
}
