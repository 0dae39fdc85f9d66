package org.oncograph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds dictionary terms in text in one pass over its words, instead of a regular expression with hundreds of
 * alternatives (which tries every alternative at every character). Words are runs of letters and digits; a term
 * matches a run of whole words whose letters and digits, lower-cased, equal the term's ({@code HER-2}, {@code HER 2}
 * and {@code HER2} are one term). Case-sensitive terms must also match case exactly ({@code CEA}, not {@code cea}).
 * At each position the longest term wins.
 *
 * @param <T> what a term stands for
 */
final class TermIndex<T> {

    /** One term found: what it stands for, its span in the text and the words as written. */
    record Hit<T>(T value, int start, int end, String text) {
    }

    private record Entry<T>(T value, String exact) {
    }

    private final Map<String, List<Entry<T>>> terms = new HashMap<>();
    /**
     * Every prefix of every key: once the words read so far are no key's prefix, no longer run of words can be a
     * term, and find stops extending (it would otherwise try maxWords lookups at every word of every text).
     */
    private final Set<String> prefixes = new HashSet<>();
    private int maxWords = 1;

    /** Adds a term; the first value added for a key wins among case-insensitive terms. */
    void add(String term, T value, boolean caseSensitive) {
        List<int[]> words = words(term);
        if (words.isEmpty()) {
            return;
        }
        String key = key(term);
        for (int end = 1; end <= key.length(); end++) {
            prefixes.add(key.substring(0, end));
        }
        maxWords = Math.max(maxWords, Math.min(words.size(), 10));
        List<Entry<T>> entries = terms.computeIfAbsent(key, k -> new ArrayList<>());
        Entry<T> entry = new Entry<>(value, caseSensitive ? compact(term) : null);
        if (caseSensitive) {
            entries.add(entry);
        } else if (entries.stream().noneMatch(e -> e.exact() == null)) {
            entries.add(entry);
        }
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    List<Hit<T>> find(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        if (text == null || terms.isEmpty()) {
            return hits;
        }
        List<int[]> words = words(text);
        int i = 0;
        while (i < words.size()) {
            Hit<T> best = null;
            int bestWords = 0;
            // Most words start no key: the first word is looked up as it is, and extended only while it is a prefix.
            String candidate = null;
            for (int n = 0; n < maxWords && i + n < words.size(); n++) {
                int[] w = words.get(i + n);
                String word = lower(text.substring(w[0], w[1]));
                candidate = n == 0 ? word : candidate.concat(word);
                if (!prefixes.contains(candidate)) {
                    break;
                }
                List<Entry<T>> entries = terms.get(candidate);
                if (entries != null) {
                    String span = text.substring(words.get(i)[0], w[1]);
                    String compact = compact(span);
                    for (Entry<T> e : entries) {
                        if (e.exact() == null || e.exact().equals(compact)) {
                            best = new Hit<>(e.value(), words.get(i)[0], w[1], span);
                            bestWords = n + 1;
                            break;
                        }
                    }
                }
            }
            if (best != null) {
                hits.add(best);
                i += bestWords;
            } else {
                i++;
            }
        }
        return hits;
    }

    // Compiled once: compact runs for every term of every record, and String.replaceAll compiles its pattern each time.
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    static String key(String term) {
        return compact(lower(term));
    }

    private static String lower(String s) {
        // NFKC leaves ASCII as it is: skip it for the commonest words (it was a tenth of the mapper's CPU).
        return (Slugs.isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    private static String compact(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
    }

    /** Start and end of each run of letters and digits. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>(text.length() / 4 + 1);
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(new int[] {start, text.length()});
        }
        return words;
    }
}
