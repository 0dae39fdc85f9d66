package org.oncograph.therapy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.explore.Neighbours;

/** One therapy with its own properties and neighbours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TherapyDetails(String type, String id, String name, List<String> synonyms, String kind,
                             String description, String developmentStage, Neighbours neighbours) {
}
