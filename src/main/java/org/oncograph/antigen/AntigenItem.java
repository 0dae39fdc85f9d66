package org.oncograph.antigen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An antigen as the antigen list shows it.
 *
 * @param name         the common name (HER2), else the HGNC name
 * @param therapyCount how many therapies target it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AntigenItem(String symbol, String name, String hgncName, String hgncId, List<String> synonyms,
                          long therapyCount) {
}
