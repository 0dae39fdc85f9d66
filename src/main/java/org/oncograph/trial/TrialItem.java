package org.oncograph.trial;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.graph.EntitySummary;

/**
 * A trial as the trial list shows it, with up to ten of each kind of neighbour.
 *
 * @param sponsors lead sponsor and collaborators
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialItem(String nctId, String title, String phase, List<String> phases, String status,
                        String startDate, Long enrollment, List<EntitySummary> therapies,
                        List<EntitySummary> cancers, List<EntitySummary> sponsors) {
}
