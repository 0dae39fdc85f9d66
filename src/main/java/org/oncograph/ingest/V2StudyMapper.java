package org.oncograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads one study in the ClinicalTrials.gov API v2 JSON format ({@code protocolSection}...). Types are checked
 * strictly: a field of the wrong JSON type rejects the record and names the field, rather than importing a guess.
 */
final class V2StudyMapper {

    static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");

    private V2StudyMapper() {
    }

    static boolean looksLikeStudy(JsonNode node) {
        return node != null && node.isObject() && node.has("protocolSection");
    }

    static TrialRecord map(JsonNode study, String file) {
        if (study == null || !study.isObject()) {
            throw new InvalidRecordException(null, "expected a JSON object (a study), found " + kind(study));
        }
        JsonNode ps = study.get("protocolSection");
        if (ps == null || !ps.isObject()) {
            throw new InvalidRecordException("protocolSection",
                    "not a ClinicalTrials.gov v2 study: protocolSection is " + (ps == null ? "missing" : kind(ps)));
        }
        JsonNode id = object(ps, "identificationModule");
        String nctId = text(id, "nctId", "protocolSection.identificationModule.nctId");
        if (nctId == null || nctId.isBlank()) {
            throw new InvalidRecordException("protocolSection.identificationModule.nctId", "missing nctId");
        }
        nctId = nctId.trim().toUpperCase(Locale.ROOT);
        if (!NCT_ID.matcher(nctId).matches()) {
            throw new InvalidRecordException("protocolSection.identificationModule.nctId",
                    "nctId '" + nctId + "' is not NCT followed by 8 digits");
        }
        JsonNode status = object(ps, "statusModule");
        JsonNode design = object(ps, "designModule");
        JsonNode eligibility = object(ps, "eligibilityModule");
        JsonNode arms = object(ps, "armsInterventionsModule");
        JsonNode sponsors = object(ps, "sponsorCollaboratorsModule");
        JsonNode locations = object(ps, "contactsLocationsModule");
        JsonNode description = object(ps, "descriptionModule");
        String p = "protocolSection.";

        Integer enrollment = null;
        JsonNode enrollmentInfo = object(design, "enrollmentInfo");
        JsonNode count = enrollmentInfo == null ? null : enrollmentInfo.get("count");
        if (count != null && !count.isNull()) {
            if (!count.isIntegralNumber() || count.asLong() < 0 || count.asLong() > Integer.MAX_VALUE) {
                throw new InvalidRecordException(p + "designModule.enrollmentInfo.count",
                        "expected a non-negative whole number, found " + kind(count) + " " + truncate(count.toString()));
            }
            enrollment = count.asInt();
        }

        List<TrialRecord.Arm> armList = new ArrayList<>();
        for (JsonNode a : array(arms, "armGroups", p + "armsInterventionsModule.armGroups")) {
            String f = p + "armsInterventionsModule.armGroups[]";
            armList.add(new TrialRecord.Arm(text(a, "label", f + ".label"), text(a, "type", f + ".type"),
                    text(a, "description", f + ".description"),
                    texts(a, "interventionNames", f + ".interventionNames")));
        }
        List<TrialRecord.Intervention> interventions = new ArrayList<>();
        for (JsonNode i : array(arms, "interventions", p + "armsInterventionsModule.interventions")) {
            String f = p + "armsInterventionsModule.interventions[]";
            interventions.add(new TrialRecord.Intervention(text(i, "type", f + ".type"), text(i, "name", f + ".name"),
                    texts(i, "otherNames", f + ".otherNames"), text(i, "description", f + ".description"),
                    texts(i, "armGroupLabels", f + ".armGroupLabels")));
        }
        TrialRecord.Organisation lead = null;
        JsonNode leadNode = object(sponsors, "leadSponsor");
        if (leadNode != null) {
            lead = new TrialRecord.Organisation(text(leadNode, "name", p + "sponsorCollaboratorsModule.leadSponsor.name"),
                    text(leadNode, "class", p + "sponsorCollaboratorsModule.leadSponsor.class"));
        }
        List<TrialRecord.Organisation> collaborators = new ArrayList<>();
        for (JsonNode c : array(sponsors, "collaborators", p + "sponsorCollaboratorsModule.collaborators")) {
            String f = p + "sponsorCollaboratorsModule.collaborators[]";
            collaborators.add(new TrialRecord.Organisation(text(c, "name", f + ".name"), text(c, "class", f + ".class")));
        }
        List<TrialRecord.Site> sites = new ArrayList<>();
        for (JsonNode l : array(locations, "locations", p + "contactsLocationsModule.locations")) {
            String f = p + "contactsLocationsModule.locations[]";
            sites.add(new TrialRecord.Site(text(l, "facility", f + ".facility"), text(l, "city", f + ".city"),
                    text(l, "state", f + ".state"), text(l, "country", f + ".country")));
        }
        List<TrialRecord.Official> officials = new ArrayList<>();
        for (JsonNode o : array(locations, "overallOfficials", p + "contactsLocationsModule.overallOfficials")) {
            String f = p + "contactsLocationsModule.overallOfficials[]";
            officials.add(new TrialRecord.Official(text(o, "name", f + ".name"), text(o, "affiliation", f + ".affiliation"),
                    text(o, "role", f + ".role")));
        }
        List<TrialRecord.Reference> references = new ArrayList<>();
        for (JsonNode r : array(object(ps, "referencesModule"), "references", p + "referencesModule.references")) {
            String f = p + "referencesModule.references[]";
            references.add(new TrialRecord.Reference(textOrNumber(r, "pmid", f + ".pmid"),
                    text(r, "citation", f + ".citation"), text(r, "type", f + ".type")));
        }
        return new TrialRecord(nctId, file,
                text(id, "briefTitle", p + "identificationModule.briefTitle"),
                text(id, "officialTitle", p + "identificationModule.officialTitle"),
                text(description, "briefSummary", p + "descriptionModule.briefSummary"),
                texts(design, "phases", p + "designModule.phases"),
                text(status, "overallStatus", p + "statusModule.overallStatus"),
                date(status, "startDateStruct", p + "statusModule.startDateStruct.date"),
                date(status, "completionDateStruct", p + "statusModule.completionDateStruct.date"),
                enrollment,
                text(design, "studyType", p + "designModule.studyType"),
                text(eligibility, "minimumAge", p + "eligibilityModule.minimumAge"),
                text(eligibility, "maximumAge", p + "eligibilityModule.maximumAge"),
                texts(eligibility, "stdAges", p + "eligibilityModule.stdAges"),
                armList,
                texts(object(ps, "conditionsModule"), "conditions", p + "conditionsModule.conditions"),
                interventions, lead, collaborators, sites, references, officials);
    }

    private static String date(JsonNode parent, String structName, String field) {
        JsonNode struct = object(parent, structName);
        return struct == null ? null : text(struct, "date", field);
    }

    private static JsonNode object(JsonNode parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidRecordException(name, "expected an object, found " + kind(node));
        }
        return node;
    }

    private static Iterable<JsonNode> array(JsonNode parent, String name, String field) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRecordException(field, "expected an array, found " + kind(node));
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new InvalidRecordException(field, "expected an array of objects, found " + kind(item));
            }
            items.add(item);
        }
        return items;
    }

    static String text(JsonNode parent, String name, String field) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidRecordException(field, "expected a string, found " + kind(node));
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }

    private static String textOrNumber(JsonNode parent, String name, String field) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node != null && node.isIntegralNumber()) {
            return node.asString();
        }
        return text(parent, name, field);
    }

    private static List<String> texts(JsonNode parent, String name, String field) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRecordException(field, "expected an array of strings, found " + kind(node));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw new InvalidRecordException(field, "expected an array of strings, found an element that is "
                        + kind(item));
            }
            if (!item.asString().isBlank()) {
                values.add(item.asString().trim());
            }
        }
        return values;
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
