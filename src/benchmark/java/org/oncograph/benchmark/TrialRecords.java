package org.oncograph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.oncograph.ingest.TrialRecord;

/** A generated trial as the importers' parsed record: what reading its ClinicalTrials.gov v2 JSON would give. */
final class TrialRecords {

    private TrialRecords() {
    }

    static TrialRecord of(SyntheticRegistry registry, SyntheticRegistry.Trial t) {
        List<TrialRecord.Intervention> interventions = new ArrayList<>();
        List<String> experimental = new ArrayList<>();
        List<String> comparator = new ArrayList<>();
        for (int k = 0; k < t.therapies().size(); k++) {
            var therapy = registry.therapy(t.therapies().get(k));
            boolean isComparator = k >= t.therapies().size() - t.comparators();
            (isComparator ? comparator : experimental).add(therapy.name());
            interventions.add(new TrialRecord.Intervention(therapy.interventionType(), therapy.name(),
                    List.of(therapy.code()), therapy.description(),
                    List.of(isComparator ? "Comparator" : "Experimental")));
        }
        List<TrialRecord.Arm> arms = new ArrayList<>();
        arms.add(new TrialRecord.Arm("Experimental", "EXPERIMENTAL", null, experimental));
        if (!comparator.isEmpty()) {
            arms.add(new TrialRecord.Arm("Comparator", "ACTIVE_COMPARATOR", null, comparator));
        }
        var lead = registry.institution(t.leadSponsor());
        List<TrialRecord.Organisation> collaborators = t.collaborators().stream()
                .map(i -> registry.institution(i)).map(i -> new TrialRecord.Organisation(i.name(), i.agencyClass()))
                .toList();
        List<TrialRecord.Site> sites = t.sites().stream().map(registry::institution)
                .map(i -> new TrialRecord.Site(i.name(), i.city(), null, countryName(i.country()))).toList();
        List<TrialRecord.Official> officials = t.officials().stream().map(registry::person)
                .map(p -> new TrialRecord.Official(p.name(), registry.institution(p.affiliation()).name(),
                        "PRINCIPAL_INVESTIGATOR")).toList();
        List<TrialRecord.Reference> references = t.pmids().stream()
                .map(pmid -> new TrialRecord.Reference(pmid, "Synthetic citation for " + t.nctId() + ". PMID " + pmid,
                        "RESULT")).toList();
        List<String> conditions = t.cancers().stream().map(c -> registry.cancer(c).name()).toList();
        return new TrialRecord(t.nctId(), "synthetic", t.briefTitle(), t.officialTitle(), t.summary(), t.phases(),
                t.status(), t.startDate(), t.completionDate(), t.enrollment(), t.studyType(), "18 Years", null,
                List.of("ADULT", "OLDER_ADULT"), arms, conditions, interventions,
                new TrialRecord.Organisation(lead.name(), lead.agencyClass()), collaborators, sites, references,
                officials);
    }

    /** v2 records name countries in English ("United States"); the importer maps them back to ISO codes. */
    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
