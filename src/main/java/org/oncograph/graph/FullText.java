package org.oncograph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds Lucene queries for the {@code entity_names} full-text index (cypher/schema/002-indexes.cypher) from what a
 * person typed. User text is matched as words, never interpreted as Lucene syntax: it reaches the query only as
 * plain words (letters and digits) or inside quoted phrases.
 */
public final class FullText {

    /** The full-text index over names, synonyms, aliases, titles, symbols and NCT ids. */
    public static final String INDEX = "entity_names";

    /**
     * The fields of {@link #INDEX} that the last typed word is also matched against as a prefix: names and keys, not
     * trial titles. A prefix over the words of half a million titles expands to thousands of words ({@code t*}:
     * every word starting with t) and made such a search two to four times slower in Lucene (docs/performance.md,
     * eleventh session), while a title is still found by its whole words. {@code FullTextIndexIT} keeps this list in
     * step with the index.
     */
    public static final List<String> PREFIX_FIELDS = List.of("name", "synonyms", "aliases", "symbol", "nctId");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullText() {
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
     * prefix of names and keys ({@link #PREFIX_FIELDS}) so that {@code glyp} finds glypican. A typed part that the
     * index splits into several words ({@code anti-CD19}, {@code OG-1041}, {@code HER2/neu}) is a phrase of its own:
     * all its words, side by side.
     * Escaped as one term, the query parser would have made it "any of its words", which matched every name with
     * {@code anti} and let Lucene walk all of them (docs/performance.md, eleventh session).
     */
    public static String search(String text) {
        List<String> terms = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            if (searchable(part)) {
                terms.add(part.toLowerCase(Locale.ROOT));
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for in '" + text + "'");
        }
        String last = terms.remove(terms.size() - 1);
        // A prefix query takes one plain word (wildcard terms are not analysed).
        String lastClause = WORD.matcher(last).matches() ? "(" + last + " OR " + prefix(last) + ")" : term(last);
        StringBuilder all = new StringBuilder();
        for (String part : terms) {
            all.append(term(part)).append(" AND ");
        }
        all.append(lastClause);
        return phrase(text.strip()) + "^4 OR (" + all + ")";
    }

    /** Names and keys that start with the word (a prefix query is not analysed: the word is lower case already). */
    private static String prefix(String word) {
        return PREFIX_FIELDS.stream().map(field -> field + ":" + word + "*").collect(Collectors.joining(" OR "));
    }

    /** A plain word as it is; anything else as a phrase, in which no character is Lucene syntax. */
    private static String term(String part) {
        return WORD.matcher(part).matches() ? part : phrase(part);
    }

    /**
     * A forgiving query for suggestions: each word fuzzily ({@link #typos}) or as a prefix; null when there is no
     * word.
     */
    public static String fuzzy(String text) {
        List<String> clauses = new ArrayList<>();
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            int typos = typos(word);
            clauses.add(typos > 0 ? word + "~" + typos + " OR " + word + "*" : word);
        }
        return clauses.isEmpty() ? null : String.join(" OR ", clauses);
    }

    /**
     * How many typing mistakes (edits) a misspelt word may carry: none under three letters, one up to five, two
     * from six, as search engines count them. Two in a short word leave little of it: {@code sloan} was two edits from
     * {@code slam}, and "Memorial Sloan" was answered with SLAM family member 7.
     */
    static int typos(String word) {
        return word.length() < 3 ? 0 : word.length() < 6 ? 1 : 2;
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
