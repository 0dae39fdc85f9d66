package org.oncograph.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable lower-case slug ids ({@code Renji Hospital} to {@code renji-hospital}) for nodes without an external id. */
final class Slugs {

    // Compiled once: slugs are made for every institution and therapy of every record, and String.replaceAll
    // compiles its pattern on each call (a third of the mapper's CPU in the benchmark's profile).
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Slugs() {
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("ε", "epsilon")
                .replace("®", "").replace("™", "");
        s = EDGE_DASHES.matcher(NON_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        return s.length() > 120 ? TRAILING_DASHES.matcher(s.substring(0, 120)).replaceAll("") : s;
    }
}
