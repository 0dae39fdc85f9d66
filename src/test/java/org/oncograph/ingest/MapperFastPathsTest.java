package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

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
