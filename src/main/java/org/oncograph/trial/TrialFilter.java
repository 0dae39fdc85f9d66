package org.oncograph.trial;

/**
 * Which trials to list; every field is optional, references already resolved to keys.
 *
 * @param antigen HGNC symbol of an antigen targeted by a therapy the trial tests
 * @param cancer  id of a cancer the trial studies, itself or a subtype
 * @param country ISO code of a country where a site or sponsor of the trial is
 * @param sponsor id of an institution sponsoring the trial (lead or collaborator)
 */
public record TrialFilter(String antigen, String cancer, String country, TrialPhase phase, TrialStatus status,
                          String sponsor) {
}
