package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class CtgovReaderTest {

    private final CtgovReader reader = new CtgovReader(new IngestProperties(100, DataSize.ofMegabytes(2), 5,
            DataSize.ofMegabytes(1), DataSize.ofKilobytes(64)));
    private final List<TrialRecord> records = new ArrayList<>();
    private final List<RecordRejection> rejected = new ArrayList<>();
    private final CtgovReader.Sink sink = new CtgovReader.Sink() {
        @Override
        public void record(TrialRecord record) {
            records.add(record);
        }

        @Override
        public void reject(RecordRejection rejection) {
            rejected.add(rejection);
        }
    };

    private void read(String body) {
        reader.readBody(body.getBytes(StandardCharsets.UTF_8), "request", sink);
    }

    @Test
    void readsOneStudyAnArrayAnApiPageAndNdjson() {
        read(Studies.v2("NCT99990001", "CAR-T"));
        read("[" + Studies.v2("NCT99990002", "x") + "," + Studies.v2("NCT99990003", "y") + "]");
        read("{\"studies\":[" + Studies.v2("NCT99990004", "x") + "],\"nextPageToken\":\"abc\"}");
        read(Studies.v2("NCT99990005", "x") + "\n" + Studies.v2("NCT99990006", "y") + "\n");
        assertThat(records).extracting(TrialRecord::nctId).containsExactly("NCT99990001", "NCT99990002",
                "NCT99990003", "NCT99990004", "NCT99990005", "NCT99990006");
        assertThat(rejected).isEmpty();
    }

    @Test
    void readsLegacyXmlAndBringsItsVocabularyToTheV2Forms() {
        read(Studies.xml("NCT99990007"));
        TrialRecord r = records.get(0);
        assertThat(r.phases()).containsExactly("PHASE1", "PHASE2");
        assertThat(r.status()).isEqualTo("NOT_YET_RECRUITING");
        assertThat(r.startDate()).isEqualTo("2017-03-17");
        assertThat(r.studyType()).isEqualTo("INTERVENTIONAL");
        assertThat(r.enrollment()).isEqualTo(20);
        assertThat(r.interventions().get(0).type()).isEqualTo("BIOLOGICAL");
    }

    @Test
    void aBadNdjsonLineIsRejectedWithItsLineAndReasonAndTheOthersAreRead() {
        read(Studies.v2("NCT99990010", "x") + "\n"
                + "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT99990011\"\n"
                + Studies.v2("NCT99990012", "x").replace("\"nctId\":\"NCT99990012\",", "") + "\n"
                + Studies.v2("NCT99990013", "x").replace("\"count\":10", "\"count\":\"ten\"") + "\n"
                + Studies.v2("NCT99990014", "x") + "\n");
        assertThat(records).extracting(TrialRecord::nctId).containsExactly("NCT99990010", "NCT99990014");
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0).file()).isEqualTo("request line 2");
        assertThat(rejected.get(0).recordId()).isEqualTo("NCT99990011");
        assertThat(rejected.get(0).reason()).startsWith("malformed JSON");
        assertThat(rejected.get(1).field()).isEqualTo("protocolSection.identificationModule.nctId");
        assertThat(rejected.get(1).reason()).isEqualTo("missing nctId");
        assertThat(rejected.get(2).recordId()).isEqualTo("NCT99990013");
        assertThat(rejected.get(2).field()).isEqualTo("protocolSection.designModule.enrollmentInfo.count");
        assertThat(rejected.get(2).reason()).contains("whole number").contains("a string");
    }

    @Test
    void aMalformedOrUnknownBodyIsRefusedWhole() {
        assertThatThrownBy(() -> read("{\"protocolSection\": {")).isInstanceOf(UnreadableImportException.class)
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> read("hello")).isInstanceOf(UnreadableImportException.class)
                .hasMessageContaining("unknown format");
        assertThatThrownBy(() -> read("{\"name\": \"not a study\"}")).isInstanceOf(UnreadableImportException.class)
                .hasMessageContaining("protocolSection");
        assertThatThrownBy(() -> read("<clinical_study><id_info>")).isInstanceOf(UnreadableImportException.class)
                .hasMessageContaining("malformed XML");
        assertThat(records).isEmpty();
    }

    @Test
    void xmlWithADoctypeIsRefusedSoExternalEntitiesAreNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE clinical_study [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <clinical_study><id_info><nct_id>NCT99990020</nct_id></id_info>
                <brief_title>&secret;</brief_title></clinical_study>""";
        read(xxe);
        assertThat(records).isEmpty();
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.recordId()).isEqualTo("NCT99990020");
            assertThat(r.reason()).contains("DOCTYPE");
        });
    }

    @Test
    void aZipIsReadEntryByEntryAndABrokenEntryIsRejectedAlone() throws Exception {
        byte[] zip = Studies.zip("a.json", Studies.v2("NCT99990030", "x"), "b.xml", Studies.xml("NCT99990031"),
                "c.xml", "<clinical_study><id_info><nct_id>NCT99990032</nct_id>", "README.md", "# notes");
        reader.readBody(zip, "upload.zip", sink);
        assertThat(records).extracting(TrialRecord::nctId).containsExactly("NCT99990030", "NCT99990031");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("upload.zip!c.xml");
            assertThat(r.recordId()).isEqualTo("NCT99990032");
        });
    }

    @Test
    void aZipOverTheEntryOrSizeBoundIsRefusedBeforeAnyRecordIsRead() throws Exception {
        String[] many = new String[12];
        for (int i = 0; i < 6; i++) {
            many[2 * i] = i + ".json";
            many[2 * i + 1] = Studies.v2("NCT9999004" + i, "x");
        }
        assertThatThrownBy(() -> reader.readBody(Studies.zip(many), "many.zip", sink))
                .isInstanceOf(ImportLimitException.class)
                .satisfies(e -> assertThat(((ImportLimitException) e).bound()).isEqualTo("oncograph.ingest.max-zip-entries"));
        String zeros = "0".repeat(2 * 1024 * 1024);
        assertThatThrownBy(() -> reader.readBody(Studies.zip("bomb.json", zeros), "bomb.zip", sink))
                .isInstanceOf(ImportLimitException.class)
                .satisfies(e -> assertThat(((ImportLimitException) e).bound())
                        .isEqualTo("oncograph.ingest.max-uncompressed-size"));
        assertThat(records).isEmpty();
    }

    @Test
    void aRecordOverTheRecordSizeBoundIsRefusedNamingTheBound() {
        String big = Studies.v2("NCT99990050", "x".repeat(70 * 1024));
        assertThatThrownBy(() -> read(big)).isInstanceOf(ImportLimitException.class)
                .hasMessageContaining("oncograph.ingest.max-record-size");
        read("[" + big + "," + Studies.v2("NCT99990051", "x") + "]");
        assertThat(records).extracting(TrialRecord::nctId).containsExactly("NCT99990051");
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("max-record-size"));
    }
}
