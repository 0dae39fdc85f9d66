package org.oncograph.source;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.graph.EntitySummary;

/**
 * The relationship whose sources are listed: its ends as the references resolved, in the relationship's own
 * direction, and how many relationships of the type join them (more than one only for types that differ by a
 * property, such as a trial's sponsor and collaborator roles; their sources are listed together).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkSubject(EntitySummary from, String relationship, EntitySummary to, int relationships,
                          String evidence, String method) {
}
