package org.oncograph.institution;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.explore.Neighbours;

/** One institution with its identifiers and neighbours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionDetails(String type, String id, String name, List<String> aliases, String kind,
                                 String city, String country, String rorId, Neighbours neighbours) {
}
