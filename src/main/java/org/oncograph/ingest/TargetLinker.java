package org.oncograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the antigens a piece of registry text says a product is directed against ("anti-GPC3 CAR", "CD19-directed",
 * "B7-H3 CAR-T", "targeting BCMA", "PD-1/CTLA-4 bispecific"), and refuses mentions that are not targets:
 * biomarkers and eligibility ("HER2-negative", "PD-L1 positive", "EGFR-mutant"), prior therapies ("after anti-PD-1"),
 * gene edits of the product ("PD-1 knockout") and CAR building blocks ("CD28 costimulatory domain").
 * A mention needs a targeting cue right before or after it; a refusing cue wins over a targeting one.
 */
final class TargetLinker {

    /** One antigen the text says is targeted, with the words that say so. */
    record Found(Dictionaries.Antigen antigen, String quote) {
    }

    private static final int WINDOW = 60;

    /** Cues ending right before the mention (or a list of mentions); each alternative starts with \b (endingCue). */
    static final Pattern BEFORE = Pattern.compile("(?i)(?:\\banti[-\\s]?(?:human[-\\s])?|\\btarget(?:s|ing|ed)?"
            + "(?:\\s+(?:to|against|at))?\\s+(?:the\\s+)?|\\bdirected\\s+(?:to|against|at)\\s+(?:the\\s+)?"
            + "|\\bagainst\\s+(?:the\\s+)?|\\bspecific\\s+(?:for|to)\\s+(?:the\\s+)?|\\bredirected\\s+(?:to|against)\\s+"
            + "|\\brecogni[sz](?:ing|es?)\\s+(?:the\\s+)?|\\bCAR[-\\s]?(?:T[-\\s]?(?:cells?)?)?[-\\s]?"
            + "|\\bchimeric\\s+antigen\\s+receptors?\\s+(?:\\(CARs?\\)\\s+)?(?:targeting|against|for|to)?\\s*"
            + "|\\bblock(?:ing|ade\\s+of|s)\\s+(?:the\\s+)?|\\binhibitors?\\s+of\\s+(?:the\\s+)?"
            + "|\\bantibod(?:y|ies)\\s+(?:to|against)\\s+(?:the\\s+)?|\\bbispecific\\s+(?:antibody\\s+)?(?:targeting\\s+)?)$");

    /** Cues starting right after the mention. */
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:\\s*[-–]?\\s*(?:directed|targeted|targeting|specific"
            + "|redirected|CAR\\b|CARs\\b|CAR-?T|CAR-?NK|CART|chimeric|TCR|TCR-?T|antibod|mAb|monoclonal|inhibitor"
            + "|blocker|blockade|blocking|bispecific|BiTE|ADC\\b|antibody[-\\s]drug|conjugate|engager|vaccine|peptide"
            + "|immunotoxin|scFv|nanobod|x\\s*CD3|×\\s*CD3|/\\s*CD3|T\\s*cells?\\s+(?:engag|redirect)))|^CAR");

    /** Words right after a mention that make it a biomarker, an edit, a building block or a prior therapy. */
    private static final Pattern REFUSE_AFTER = Pattern.compile("(?i)^\\s*[-–]?\\s*(?:negative|positive|pos\\b|neg\\b"
            + "|\\+|−|low\\b|high\\b|null\\b|mutant|mutation|mutated|mut\\b|amplif|express|overexpress|status"
            + "|wild|wt\\b|deficient|knock|KO\\b|deleted|deletion|disrupt|edited|silenc|fusion|rearrang|alteration"
            + "|altered|variant|refractory|resistant|naive|naïve|pretreated|pre-treated|experienced|failure|failed"
            + "|progress|relapsed\\s+after|level|score|IHC|staining|TPS|CPS|test|assay|gene\\b|locus|co-?stimulat"
            + "|signal|domain|zeta|ζ|hinge|transmembrane|endodomain|intracellular|armou?r|secret|dominant|ligand"
            + "|inhibitor[-\\s]+(?:naive|refractory|resistant|experienced|pretreated|based|containing))");

    /** Words right before a mention that make it a prior therapy, an edit or an HLA restriction (as BEFORE, \b first). */
    static final Pattern REFUSE_BEFORE = Pattern.compile("(?i)(?:\\bprior|\\bprevious(?:ly)?(?:\\s+treated\\s+with)?"
            + "|\\bafter|\\bfollowing|\\bfailed|\\bfailure\\s+(?:of|on)|\\bprogress(?:ed|ion)?\\s+(?:on|after|with)"
            + "|\\brefractory\\s+to|\\bresistant\\s+to|\\bintoleran\\w*\\s+(?:to|of)|\\bknock[-\\s]?out(?:\\s+of)?"
            + "|\\bHLA[-\\s]?|\\bdisrupted|\\bdeleted|\\bedited|\\bsilenced|\\bnaive\\s+to|\\bexposed\\s+to"
            + "|\\bexpressing|\\bsecreting|\\barmou?red\\s+with|\\bwith\\s+(?:a\\s+)?)\\s*(?:an?\\s+)?"
            + "(?:anti[-\\s]?)?$");

    /** What may stand between two mentions of one list ("CD19/CD22", "CD19, BCMA and GPC3", "BCMA x CD3"). */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(?:/|,|;|&|\\+|-|–|x|×|and|or|and/or|,\\s*and|,\\s*or)\\s*$");

    private final Dictionaries dictionaries;

    TargetLinker(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    List<Found> targetsIn(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        List<Dictionaries.Mention> mentions = dictionaries.antigenMentions(text);
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size()
                    && LIST_GAP.matcher(text.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
                j++;
            }
            List<Dictionaries.Mention> group = mentions.subList(i, j + 1);
            int start = group.get(0).start();
            int end = group.get(group.size() - 1).end();
            String before = text.substring(Math.max(0, start - WINDOW), start);
            String after = text.substring(end, Math.min(text.length(), end + WINDOW));
            Matcher beforeCue = endingCue(BEFORE, before);
            var afterCue = AFTER.matcher(after);
            boolean cueBefore = beforeCue != null;
            boolean cueAfter = afterCue.find();
            boolean refused = REFUSE_AFTER.matcher(after).find() || endingCue(REFUSE_BEFORE, before) != null;
            if ((cueBefore || cueAfter) && !refused) {
                int quoteStart = cueBefore ? start - (before.length() - beforeCue.start()) : start;
                int quoteEnd = cueAfter ? end + afterCue.end() : end;
                String quote = extendToWord(text, quoteStart, quoteEnd);
                for (int k = 0; k < group.size(); k++) {
                    Dictionaries.Mention m = group.get(k);
                    String own = text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW));
                    boolean ownRefused = k < group.size() - 1 && REFUSE_AFTER.matcher(own).find()
                            && !own.matches("(?s)^\\s*[-–]\\s*(?:CD3|CAR).*");
                    if (!ownRefused && found.stream().noneMatch(f -> f.antigen().equals(m.antigen()))) {
                        found.add(new Found(m.antigen(), quote));
                    }
                }
            }
            i = j + 1;
        }
        return found;
    }

    /**
     * What {@code cue.matcher(window).find()} finds, or null: the leftmost match of a cue that ends the window
     * ({@link #BEFORE}, {@link #REFUSE_BEFORE}: every alternative starts with {@code \b} and an ASCII letter, and
     * the pattern ends with {@code $}). Such a match can start only where a word starts, so only those positions
     * are tried, in order, each as find() would try it (transparent bounds: {@code \b} sees the character
     * before). find() tried all 60 positions of the window: 4% of the initial load's CPU (JFR, 100,000 trials).
     */
    static Matcher endingCue(Pattern cue, String window) {
        Matcher m = null;
        for (int at = 0; at < window.length(); at++) {
            char c = window.charAt(at);
            if (c < 128 && Character.isLetter(c) && (at == 0 || !isWordChar(window.charAt(at - 1)))) {
                if (m == null) {
                    m = cue.matcher(window).useTransparentBounds(true);
                }
                m.region(at, window.length());
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A character that makes {@code \b} fail before a letter (Pattern's word characters, without flags). */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static String extendToWord(String text, int start, int end) {
        int e = end;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(start, e).strip().replaceAll("\\s+", " ");
    }
}
