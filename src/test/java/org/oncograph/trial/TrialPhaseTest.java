package org.oncograph.trial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrialPhaseTest {

    @ParameterizedTest
    @CsvSource({"PHASE1, PHASE1", "phase 1, PHASE1", "1, PHASE1", "Phase-2, PHASE2", "early phase 1, EARLY_PHASE1",
            "EARLY_PHASE1, EARLY_PHASE1", "n/a, NA", "NA, NA", "4, PHASE4"})
    void phasesAreReadAsPeopleWriteThem(String text, TrialPhase phase) {
        assertThat(TrialPhase.parse(text)).contains(phase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "PHASE9", "first", ""})
    void anythingElseIsNoPhase(String text) {
        assertThat(TrialPhase.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"recruiting, RECRUITING", "'active, not recruiting', ACTIVE_NOT_RECRUITING",
            "not-yet-recruiting, NOT_YET_RECRUITING"})
    void statusesAreReadInAnyCaseAndPunctuation(String text, TrialStatus status) {
        assertThat(TrialStatus.parse(text)).contains(status);
    }
}
