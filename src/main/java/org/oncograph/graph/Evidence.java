package org.oncograph.graph;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Where a relationship came from: the provenance properties every relationship carries (see graph-model.md).
 *
 * <p>A link stated by many records lists every one of them in the graph (a hub therapy's TARGETS link: one source per
 * trial whose text states it, tens of thousands at registry scale; ADR 4), because a record's support must be
 * retractable. An answer shows the first {@value #SOURCES_SHOWN} of them and how many there are, like every other
 * collection in an answer: a hub link must not make a card, a neighbourhood or a path megabytes long.
 *
 * @param sources     ids of the {@code Source}s stating it: the first {@value #SOURCES_SHOWN} in the order kept (the
 *                    seed's and curated tables' before the records'); {@code /api/v1/relationships/sources} lists all
 * @param sourceCount how many sources the relationship has in all
 * @param evidence    {@code stated}, {@code inferred} or {@code curated}
 * @param quote       the supporting words, verbatim, when taken from text
 * @param confidence  0..1
 * @param method      for imported links: how the link was found
 * @param field       for imported links: in which field of the source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(List<String> sources, int sourceCount, String evidence, String quote, Double confidence,
                       String method, String field) {

    /** Sources listed in an answer; {@link #sourceCount()} has the full number. */
    public static final int SOURCES_SHOWN = 20;

    /**
     * The entries that {@link #of} reads, for a Cypher map literal or projection over {@code relationship} (a variable
     * or an expression such as {@code hit.link}) that adds others: {@code r {.isoform, <entries>}}. Only the shown
     * sources leave the database.
     */
    public static String entries(String relationship) {
        // The list is read twice, never tested first (each read of a hub's list costs milliseconds). A single string
        // written by hand in Neo4j Browser slices as a one-element list, so both entries count it as one source.
        return """
                sources: %1$s.sources[..%2$d], sourceCount: size(%1$s.sources[0..]), evidence: %1$s.evidence, \
                quote: %1$s.quote, confidence: %1$s.confidence, method: %1$s.method, field: %1$s.field"""
                .formatted(relationship, SOURCES_SHOWN);
    }

    /**
     * A Cypher map projection of relationship {@code variable} with exactly the properties {@link #of} reads,
     * e.g. {@code r {sources: r.sources[..20], ...}}, for answers that need a relationship's evidence but not the
     * relationship.
     */
    public static String projection(String variable) {
        return variable + " {" + entries(variable) + "}";
    }

    /**
     * The evidence of a relationship's {@link #projection(String)} (or of a relationship: then its list is cut
     * here, after it has crossed the wire in full).
     */
    public static Evidence of(MapAccessor relationship) {
        List<String> sources = Nodes.strings(relationship, "sources");
        Value count = relationship.get("sourceCount");
        int sourceCount = count == null || count.isNull() ? sources.size() : count.asInt();
        if (sources.size() > SOURCES_SHOWN) {
            sources = List.copyOf(sources.subList(0, SOURCES_SHOWN));
        }
        return new Evidence(sources, sourceCount, Nodes.string(relationship, "evidence"),
                Nodes.string(relationship, "quote"), Nodes.number(relationship, "confidence"),
                Nodes.string(relationship, "method"), Nodes.string(relationship, "field"));
    }
}
