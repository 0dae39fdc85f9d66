package org.oncograph.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Registry country names ("Korea, Republic of", "Russian Federation", "Türkiye") to ISO 3166-1 alpha-2 codes. */
final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            CODES.put(key(name), code);
            CODES.put(key(code), code);
            NAMES.put(code, name);
        }
        String[][] aliases = {
                {"United States", "US"}, {"USA", "US"}, {"United States of America", "US"},
                {"United Kingdom", "GB"}, {"UK", "GB"}, {"Great Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"},
                {"Wales", "GB"}, {"Northern Ireland", "GB"},
                {"Korea, Republic of", "KR"}, {"Republic of Korea", "KR"}, {"South Korea", "KR"}, {"Korea", "KR"},
                {"Korea, Democratic People's Republic of", "KP"},
                {"Russian Federation", "RU"}, {"Russia", "RU"}, {"Turkey", "TR"}, {"Türkiye", "TR"}, {"Turkiye", "TR"},
                {"Iran, Islamic Republic of", "IR"}, {"Iran", "IR"}, {"Taiwan", "TW"}, {"Taiwan, Province of China", "TW"},
                {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"},
                {"Czechia", "CZ"}, {"Czech Republic", "CZ"}, {"Bosnia and Herzegovina", "BA"},
                {"Moldova, Republic of", "MD"}, {"Syrian Arab Republic", "SY"}, {"Tanzania", "TZ"},
                {"Tanzania, United Republic of", "TZ"}, {"Venezuela, Bolivarian Republic of", "VE"},
                {"Bolivia, Plurinational State of", "BO"}, {"Lao People's Democratic Republic", "LA"},
                {"Congo, The Democratic Republic of the", "CD"}, {"Côte D'Ivoire", "CI"}, {"Cote D'Ivoire", "CI"},
                {"Ivory Coast", "CI"}, {"North Macedonia", "MK"}, {"Macedonia, The Former Yugoslav Republic of", "MK"},
                {"Palestinian Territory, occupied", "PS"}, {"State of Palestine", "PS"}, {"Brunei Darussalam", "BN"},
                {"Libyan Arab Jamahiriya", "LY"}, {"Swaziland", "SZ"}, {"Eswatini", "SZ"}, {"Burma", "MM"},
                {"Myanmar", "MM"}, {"Holy See (Vatican City State)", "VA"}, {"Réunion", "RE"}, {"Reunion", "RE"},
                {"Curaçao", "CW"}, {"Virgin Islands (U.S.)", "VI"}, {"Netherlands Antilles", "AN"}};
        for (String[] alias : aliases) {
            CODES.put(key(alias[0]), alias[1]);
        }
        NAMES.put("US", "United States");
        NAMES.put("GB", "United Kingdom");
        NAMES.put("KR", "South Korea");
        NAMES.put("HK", "Hong Kong");
        NAMES.put("MO", "Macao");
    }

    private Countries() {
    }

    static String code(String name) {
        return name == null ? null : CODES.get(key(name));
    }

    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    private static String key(String name) {
        return Slugs.slug(name);
    }
}
