package org.oncograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The hand-annotated gold set ({@code src/test/resources/gold/ctgov-gold.csv}) and precision/recall against it. */
final class GoldSet {

    /** Micro-averaged scores over (trial, target) pairs, with the pairs that were wrong. */
    record Score(int truePositives, int falsePositives, int falseNegatives, List<String> wrong, List<String> missed) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)%n false positives: %s%n false negatives: %s",
                    precision(), truePositives, truePositives + falsePositives, recall(), truePositives,
                    truePositives + falseNegatives, wrong, missed);
        }
    }

    final Map<String, Set<String>> targets = new LinkedHashMap<>();

    static GoldSet load() throws IOException {
        GoldSet gold = new GoldSet();
        try (InputStream in = GoldSet.class.getResourceAsStream("/gold/ctgov-gold.csv")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/gold/ctgov-gold.csv is missing");
            }
            for (Csv.Row row : Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                gold.targets.put(row.get("nct_id"), new TreeSet<>(row.list("targets")));
            }
        }
        return gold;
    }

    /** Scores predicted targets per trial; trials outside the gold set are ignored. */
    Score score(Map<String, Set<String>> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (var entry : targets.entrySet()) {
            Set<String> expected = entry.getValue();
            Set<String> actual = predicted.getOrDefault(entry.getKey(), Set.of());
            for (String symbol : actual) {
                if (expected.contains(symbol)) {
                    tp++;
                } else {
                    fp++;
                    wrong.add(entry.getKey() + ":" + symbol);
                }
            }
            Set<String> notFound = new HashSet<>(expected);
            notFound.removeAll(actual);
            fn += notFound.size();
            notFound.stream().sorted().forEach(s -> missed.add(entry.getKey() + ":" + s));
        }
        return new Score(tp, fp, fn, wrong, missed);
    }
}
