package org.oncograph.cancer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.explore.Neighbours;

/** One cancer with its identifiers and neighbours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancerDetails(String type, String id, String name, List<String> synonyms, String mondoId,
                            String ncitId, String doid, Neighbours neighbours) {
}
