package org.oncograph.ingest;

import java.util.List;

/**
 * One ClinicalTrials.gov study as read from any supported format, before normalisation: the fields OncoGraph keeps,
 * with registry vocabulary already brought to the v2 enums ({@code PHASE1}, {@code RECRUITING}, {@code DRUG}).
 *
 * @param file where the record came from (file name, zip entry, or {@code request})
 */
public record TrialRecord(
        String nctId,
        String file,
        String briefTitle,
        String officialTitle,
        String briefSummary,
        List<String> phases,
        String status,
        String startDate,
        String completionDate,
        Integer enrollment,
        String studyType,
        String minimumAge,
        String maximumAge,
        List<String> stdAges,
        List<Arm> arms,
        List<String> conditions,
        List<Intervention> interventions,
        Organisation leadSponsor,
        List<Organisation> collaborators,
        List<Site> sites,
        List<Reference> references,
        List<Official> officials) {

    /** An arm group: its label, v2 type ({@code EXPERIMENTAL}, {@code ACTIVE_COMPARATOR}...) and intervention names. */
    public record Arm(String label, String type, String description, List<String> interventionNames) {
    }

    /** An intervention as registered: v2 type, name, other names, description and the arms that receive it. */
    public record Intervention(String type, String name, List<String> otherNames, String description,
                               List<String> armLabels) {
    }

    /** A sponsor or collaborator organisation (which may be a person, as registries allow). */
    public record Organisation(String name, String agencyClass) {
    }

    /** A site where participants are enrolled. */
    public record Site(String facility, String city, String state, String country) {
    }

    /** A literature reference of the record. */
    public record Reference(String pmid, String citation, String type) {
    }

    /** An overall official (principal investigator, study chair...). */
    public record Official(String name, String affiliation, String role) {
    }
}
