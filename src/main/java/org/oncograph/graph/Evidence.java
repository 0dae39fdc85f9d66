package org.oncograph.graph;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.neo4j.driver.types.MapAccessor;

/**
 * Where a relationship came from: the provenance properties every relationship carries (see graph-model.md).
 *
 * @param sources    ids of the {@code Source}s stating it
 * @param evidence   {@code stated}, {@code inferred} or {@code curated}
 * @param quote      the supporting words, verbatim, when taken from text
 * @param confidence 0..1
 * @param method     for imported links: how the link was found
 * @param field      for imported links: in which field of the source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(List<String> sources, String evidence, String quote, Double confidence, String method,
                       String field) {

    /**
     * A Cypher map projection of relationship {@code variable} with exactly the properties {@link #of} reads,
     * e.g. {@code r {.sources, ...}}, for answers that need a relationship's evidence but not the relationship.
     */
    public static String projection(String variable) {
        return variable + " {.sources, .evidence, .quote, .confidence, .method, .field}";
    }

    /** The evidence of a relationship, or of its {@link #projection(String)}. */
    public static Evidence of(MapAccessor relationship) {
        return new Evidence(Nodes.strings(relationship, "sources"), Nodes.string(relationship, "evidence"),
                Nodes.string(relationship, "quote"), Nodes.number(relationship, "confidence"),
                Nodes.string(relationship, "method"), Nodes.string(relationship, "field"));
    }
}
