package org.oncograph.institution;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An institution as the institution list shows it.
 *
 * @param country    ISO 3166-1 alpha-2 code
 * @param trialCount trials it sponsors or hosts a site of
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionItem(String id, String name, String kind, String city, String country, String rorId,
                              long trialCount, long therapyCount) {
}
