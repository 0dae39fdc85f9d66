package org.oncograph.explore;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.Evidence;

/**
 * An entity linked to the one asked about.
 *
 * @param relationship the relationship type ({@code TARGETS})
 * @param direction    {@code out} when the asked entity is the relationship's start, else {@code in}
 * @param entity       the entity at the other end
 * @param text         the link as a sentence: "CAR-GPC3 T cells targets Glypican-3"
 * @param evidence     where the link came from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Neighbour(String relationship, String direction, EntitySummary entity, String text,
                        Evidence evidence) {
}
