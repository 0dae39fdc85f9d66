package org.oncograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small, valid ClinicalTrials.gov records (and broken ones) for tests. */
final class Studies {

    private Studies() {
    }

    /** A one-line v2 study with one experimental CAR-T intervention. */
    static String v2(String nctId, String intervention) {
        return """
                {"protocolSection":{"identificationModule":{"nctId":"%s","briefTitle":"Test study %s"},\
                "statusModule":{"overallStatus":"RECRUITING","startDateStruct":{"date":"2024-01"}},\
                "sponsorCollaboratorsModule":{"leadSponsor":{"name":"Test Cancer Institute","class":"OTHER"}},\
                "conditionsModule":{"conditions":["Hepatocellular Carcinoma"]},\
                "designModule":{"studyType":"INTERVENTIONAL","phases":["PHASE1"],"enrollmentInfo":{"count":10}},\
                "armsInterventionsModule":{"armGroups":[{"label":"A","type":"EXPERIMENTAL"}],\
                "interventions":[{"type":"BIOLOGICAL","name":"%s","armGroupLabels":["A"]}]},\
                "contactsLocationsModule":{"locations":[{"facility":"Test Hospital","city":"Rome","country":"Italy"}]}}}"""
                .formatted(nctId, nctId, intervention);
    }

    static String xml(String nctId) {
        return """
                <clinical_study>
                  <id_info><nct_id>%s</nct_id></id_info>
                  <brief_title>Legacy test study</brief_title>
                  <overall_status>Not yet recruiting</overall_status>
                  <start_date>March 17, 2017</start_date>
                  <phase>Phase 1/Phase 2</phase>
                  <study_type>Interventional</study_type>
                  <enrollment type="Anticipated">20</enrollment>
                  <condition>Hepatocellular Carcinoma</condition>
                  <intervention><intervention_type>Biological</intervention_type>
                    <intervention_name>anti-GPC3 CAR T</intervention_name></intervention>
                </clinical_study>""".formatted(nctId);
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    /** A zip of these entries, in this order (the order the importer reads them in). */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
