package org.oncograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The registry's standard age groups (CHILD < 18, ADULT 18–64, OLDER_ADULT ≥ 65) from free-text age limits. */
final class AgeGroups {

    private static final Pattern AGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(year|month|week|day|hour|minute)",
            Pattern.CASE_INSENSITIVE);

    private AgeGroups() {
    }

    static List<String> of(String minimumAge, String maximumAge) {
        double min = years(minimumAge, 0);
        double max = years(maximumAge, 200);
        List<String> groups = new ArrayList<>();
        if (min < 18) {
            groups.add("CHILD");
        }
        if (min < 65 && max >= 18) {
            groups.add("ADULT");
        }
        if (max >= 65) {
            groups.add("OLDER_ADULT");
        }
        return groups;
    }

    static double years(String age, double otherwise) {
        if (age == null) {
            return otherwise;
        }
        Matcher m = AGE.matcher(age);
        if (!m.find()) {
            return otherwise;
        }
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year" -> n;
            case "month" -> n / 12;
            case "week" -> n / 52;
            case "day" -> n / 365;
            default -> n / (365 * 24);
        };
    }
}
