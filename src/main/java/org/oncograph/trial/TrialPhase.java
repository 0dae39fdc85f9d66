package org.oncograph.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Trial phases as ClinicalTrials.gov (API v2) spells them; {@code NA} is "not applicable". */
public enum TrialPhase {
    EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4, NA;

    /** Accepts {@code PHASE1}, {@code phase 1}, {@code 1}, {@code early phase 1}, {@code n/a}. */
    public static Optional<TrialPhase> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-/]", "");
        if (t.equals("NA") || t.equals("NOTAPPLICABLE")) {
            return Optional.of(NA);
        }
        if (t.matches("[1-4]")) {
            t = "PHASE" + t;
        }
        if (t.equals("EARLYPHASE1") || t.equals("PHASE0") || t.equals("0")) {
            return Optional.of(EARLY_PHASE1);
        }
        String wanted = t;
        return Arrays.stream(values()).filter(p -> p.name().replace("_", "").equals(wanted)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
