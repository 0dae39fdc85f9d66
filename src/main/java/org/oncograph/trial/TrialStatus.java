package org.oncograph.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Overall recruitment status of a trial, as ClinicalTrials.gov (API v2) spells it. */
public enum TrialStatus {
    NOT_YET_RECRUITING, RECRUITING, ENROLLING_BY_INVITATION, ACTIVE_NOT_RECRUITING, SUSPENDED, TERMINATED,
    COMPLETED, WITHDRAWN, UNKNOWN, AVAILABLE, NO_LONGER_AVAILABLE, TEMPORARILY_NOT_AVAILABLE,
    APPROVED_FOR_MARKETING, WITHHELD;

    /** Accepts {@code RECRUITING}, {@code recruiting}, {@code active, not recruiting}, {@code not-yet-recruiting}. */
    public static Optional<TrialStatus> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s,\\-]+", "_");
        return Arrays.stream(values()).filter(s -> s.name().equals(t)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
