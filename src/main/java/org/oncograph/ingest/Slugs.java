package org.oncograph.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Stable lower-case slug ids ({@code Renji Hospital} to {@code renji-hospital}) for nodes without an external id. */
final class Slugs {

    private Slugs() {
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("ε", "epsilon")
                .replace("®", "").replace("™", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 120 ? s.substring(0, 120).replaceAll("-+$", "") : s;
    }
}
