package org.oncograph.antigen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.oncograph.explore.Neighbours;

/** One antigen with its identifiers, names and neighbours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AntigenDetails(String type, String symbol, String name, String hgncName, String hgncId,
                             List<String> synonyms, List<String> isoforms, String uniprot, String entrez,
                             Neighbours neighbours) {
}
