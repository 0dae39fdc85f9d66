package org.oncograph.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable lower-case slug ids ({@code Renji Hospital} to {@code renji-hospital}) for nodes without an external id. */
final class Slugs {

    // Compiled once: String.replaceAll compiles its pattern on each call (a third of the mapper's CPU once).
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Slugs() {
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String s;
        if (isAscii(text)) {
            // Most names: decomposing them (NFKD) and removing marks changes nothing, and those were the costly steps.
            s = text.toLowerCase(Locale.ROOT).replace("&", " and ");
        } else {
            s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                    .toLowerCase(Locale.ROOT)
                    .replace("&", " and ")
                    .replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("ε", "epsilon")
                    .replace("®", "").replace("™", "");
        }
        s = dashed(s);
        return s.length() > 120 ? trimTrailingDashes(s.substring(0, 120)) : s;
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Every run of characters other than a-z and 0-9 as one dash, none at either end. */
    private static String dashed(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String trimTrailingDashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(0, end);
    }
}
