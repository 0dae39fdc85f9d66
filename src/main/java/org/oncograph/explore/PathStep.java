package org.oncograph.explore;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.Evidence;

/**
 * One step of a path, walking from {@code from} to {@code to}.
 *
 * @param direction {@code forward} when the relationship points the way of the walk, else {@code backward}
 * @param text      the relationship as a sentence, in its own direction: "CAR-GPC3 T cells targets Glypican-3"
 * @param evidence  where the relationship came from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathStep(EntitySummary from, String relationship, String direction, EntitySummary to, String text,
                       Evidence evidence) {
}
