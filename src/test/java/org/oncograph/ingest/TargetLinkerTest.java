package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetLinkerTest {

    private static final TargetLinker LINKER = new TargetLinker(Dictionaries.load());

    private static List<String> targets(String text) {
        return LINKER.targetsIn(text).stream().map(f -> f.antigen().symbol()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" targets {1}")
    @CsvSource(delimiter = ';', value = {
            "anti-GPC3 CAR T cells; GPC3",
            "CD19-directed CAR T cells; CD19",
            "B7-H3 CAR-T; CD276",
            "autologous T cells targeting BCMA; TNFRSF17",
            "CAR T cells against CD19, BCMA, GPC3 and Claudin18.2; CD19 TNFRSF17 GPC3 CLDN18",
            "a PD-1/CTLA-4 bispecific antibody; PDCD1 CTLA4",
            "CAR T cells redirected to Glypican-3; GPC3"})
    void aStatedTargetIsLinked(String text, String expected) {
        assertThat(targets(text)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "\"{0}\" targets nothing")
    @CsvSource(delimiter = ';', value = {
            "HER2-negative breast cancer",
            "PD-L1 positive non-small cell lung cancer",
            "EGFR-mutant NSCLC",
            "patients who progressed after anti-PD-1 therapy",
            "PD-1 knockout T cells",
            "GPC3-expressing hepatocellular carcinoma",
            "a CAR with a CD28 costimulatory domain"})
    void aBiomarkerPriorTherapyOrGeneEditIsNotATarget(String text) {
        assertThat(targets(text)).isEmpty();
    }
}
