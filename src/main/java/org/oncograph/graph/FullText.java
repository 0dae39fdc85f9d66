package org.oncograph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds Lucene queries for the {@code entity_names} full-text index (cypher/schema/002-indexes.cypher) from what a
 * person typed. User text is always escaped: it is matched as words, never interpreted as Lucene syntax.
 */
public final class FullText {

    /** The full-text index over names, synonyms, aliases, titles, symbols and NCT ids. */
    public static final String INDEX = "entity_names";

    private static final Pattern SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullText() {
    }

    /** Escapes every Lucene special character, so the text is searched for literally. */
    public static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$0");
    }

    /** Whether the text has anything to search for (a letter or a digit). */
    public static boolean searchable(String text) {
        return WORD.matcher(text).find();
    }

    /** The text as one quoted phrase: finds names containing exactly these words in this order. */
    public static String phrase(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The query for a search box: the whole text as a phrase (boosted), or every word, the last one also as a
     * prefix so that {@code glyp} finds glypican.
     */
    public static String search(String text) {
        List<String> terms = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            if (searchable(part)) {
                terms.add(escape(part.toLowerCase(Locale.ROOT)));
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for in '" + text + "'");
        }
        String last = terms.remove(terms.size() - 1);
        // Wildcard terms are not analysed: only a plain word may take the prefix star.
        String lastClause = WORD.matcher(last).matches() ? "(" + last + " OR " + last + "*)" : last;
        StringBuilder all = new StringBuilder();
        for (String term : terms) {
            all.append(term).append(" AND ");
        }
        all.append(lastClause);
        return phrase(text.strip()) + "^4 OR (" + all + ")";
    }

    /** A forgiving query for suggestions: each word fuzzily or as a prefix; null when there is no word. */
    public static String fuzzy(String text) {
        List<String> clauses = new ArrayList<>();
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            clauses.add(word.length() >= 3 ? word + "~ OR " + word + "*" : word);
        }
        return clauses.isEmpty() ? null : String.join(" OR ", clauses);
    }

    /**
     * What makes two names the same name to a person: case, accents, spaces and punctuation are ignored
     * ({@code Claudin 18.2}, {@code claudin18.2} and {@code CLAUDIN-18.2} are one name).
     */
    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }
}
