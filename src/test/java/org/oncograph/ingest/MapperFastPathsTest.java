package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The mapper's fast paths (made for the initial load's speed, docs/performance.md) give exactly what the plain
 * definitions they replace give: a slug, and the text of the rows that the record hash digests (the hash existing
 * databases hold as {@code recordHash}: a different one would make the next import rewrite every trial).
 */
class MapperFastPathsTest {

    @Test
    void theTextHashedForEveryRealRecordIsItsRowsAsToStringWritesThem() throws Exception {
        TrialMapper mapper = new TrialMapper(Dictionaries.load());
        List<TrialRecord> records = TargetLinkingQualityTest.sharedRecords();
        assertThat(records).hasSizeGreaterThan(1000);
        for (TrialRecord record : records) {
            TrialGraph graph = mapper.map(record);
            StringBuilder written = new StringBuilder();
            graph.describeRows(written);
            assertThat(written.toString()).as(record.nctId()).isEqualTo(graph.rowsToString());
        }
    }

    @Test
    void theHashOfEveryRealRecordIsTheSha256OfThatText() throws Exception {
        TrialMapper mapper = new TrialMapper(Dictionaries.load());
        int nonAscii = 0;
        // In one thread and in order, as the mapper runs: the text builder it keeps per thread is reused across records.
        for (TrialRecord record : TargetLinkingQualityTest.sharedRecords()) {
            TrialGraph graph = mapper.map(record);
            // The mapper writes the hash into the trial's row once it is computed: the text hashed is without it.
            Object hash = graph.get(TrialGraph.Part.TRIAL, record.nctId()).remove("hash");
            String text = graph.rowsToString();
            nonAscii += Slugs.isAscii(text) ? 0 : 1;
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            assertThat(hash).as(record.nctId()).isEqualTo(HexFormat.of().formatHex(digest, 0, 16));
        }
        assertThat(nonAscii).as("records whose text has characters of more than one UTF-8 byte").isPositive();
    }

    @Property(tries = 3000)
    void aCueEndingTheWindowIsWhatFindFinds(@ForAll("windows") String window) {
        for (Pattern cue : List.of(TargetLinker.BEFORE, TargetLinker.REFUSE_BEFORE)) {
            Matcher expected = cue.matcher(window);
            Matcher found = TargetLinker.endingCue(cue, window);
            if (expected.find()) {
                assertThat(found).as(cue.pattern().substring(0, 20) + " in [" + window + "]").isNotNull();
                assertThat(found.start()).isEqualTo(expected.start());
                assertThat(found.end()).isEqualTo(expected.end());
            } else {
                assertThat(found).as(cue.pattern().substring(0, 20) + " in [" + window + "]").isNull();
            }
        }
    }

    @Property(tries = 2000)
    void agentAndDiseaseKeysAreWhatTheRegularExpressionsGave(@ForAll("names") String name) {
        assertThat(Dictionaries.agentKey(name)).isEqualTo(
                Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9()]", ""));
        String s = Slugs.withoutMarks(name).toLowerCase(Locale.ROOT).replace("tumour", "tumor")
                .replace("leukaemia", "leukemia").replace("oesophag", "esophag").replace("haemat", "hemat")
                .replace("'s", "s");
        assertThat(Dictionaries.diseaseKey(name)).isEqualTo(s.replaceAll("[^a-z0-9]+", " ").strip());
    }

    /** The 60 characters before a mention: cue words, parts of them, and what sits at word edges. */
    @Provide
    Arbitrary<String> windows() {
        Arbitrary<String> fragment = Arbitraries.of("anti", "anti-", "Anti ", "human-", "target", "targeting ",
                "targeted to the ", "directed against ", "against ", "specific for ", "redirected to ",
                "recognizing ", "CAR", "CAR-", "car t-cells ", "chimeric antigen receptor (CAR) targeting ",
                "blockade of ", "inhibitors of the ", "antibody to ", "bispecific antibody targeting ", "prior",
                "previously treated with ", "after ", "failure of ", "progressed on ", "refractory to ",
                "intolerant to ", "knock-out of ", "HLA-", "edited ", "naive to ", "armored with ", "with a ",
                "an ", "a ", " ", "  ", "-", "_", "x", "1", "é", "\u0301", "ß", "(", ")", ",", "CD19", "/", "\t");
        return fragment.list().ofMaxSize(12).map(parts -> {
            String window = String.join("", parts);
            return window.length() > 60 ? window.substring(window.length() - 60) : window;
        });
    }

    @Property(tries = 2000)
    void aSlugIsWhatTheRegularExpressionsGave(@ForAll("names") String name) {
        assertThat(Slugs.slug(name)).isEqualTo(referenceSlug(name));
    }

    @Test
    void slugsOfNamesAsWritten() {
        for (String name : List.of("Renji Hospital", "  M.D. Anderson Cancer Center -- ", "Hôpital Saint-Louis",
                "Bristol-Myers Squibb & Co.", "IFN-α", "Zolbetuximab®", "", "---", "x".repeat(130) + "-y")) {
            assertThat(Slugs.slug(name)).as(name).isEqualTo(referenceSlug(name));
        }
        assertThat(Slugs.slug("Bristol-Myers Squibb & Co.")).isEqualTo("bristol-myers-squibb-and-co");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019 -&.,()/'_").ofMaxLength(140),
                Arbitraries.strings().withChars("aé ñÅ-&αβγε®™Ǆﬁ²").ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(30));
    }

    /** Slugs.slug as it was: every step a regular expression. */
    private static String referenceSlug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("ε", "epsilon")
                .replace("®", "").replace("™", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 120 ? s.substring(0, 120).replaceAll("-+$", "") : s;
    }
}
