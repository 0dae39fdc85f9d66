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
        String s = withoutMarks(text)
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("ε", "epsilon")
                .replace("®", "").replace("™", "");
        s = separated(s, '-');
        return s.length() > 120 ? trimTrailingDashes(s.substring(0, 120)) : s;
    }

    /**
     * The text decomposed (NFKD) without its combining marks: {@code é} becomes {@code e}. ASCII text, most names,
     * has nothing to decompose and is returned as it is: decomposing every name was a costly step of the mapper.
     */
    static String withoutMarks(String text) {
        return isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Every run of characters other than a-z and 0-9 as one {@code separator}, none at either end. */
    static String separated(String s, char separator) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(separator);
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
