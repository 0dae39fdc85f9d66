package org.oncograph.trial;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.explore.Neighbours;

/** One trial with its registry facts and neighbours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialDetails(String type, String nctId, String title, String officialTitle, String phase,
                           List<String> phases, String status, String startDate, String completionDate,
                           Long enrollment, String studyType, String minimumAge, String maximumAge,
                           List<String> stdAges, List<String> conditions, Neighbours neighbours) {
}
