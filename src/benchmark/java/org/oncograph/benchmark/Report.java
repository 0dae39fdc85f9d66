package org.oncograph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints the results as a table with each target and whether it was met, and writes them as JSON. */
final class Report {

    /** A target of issue 6: what was measured against what is required. */
    record Check(String what, double measured, String comparison, double required) {
        boolean met() {
            return comparison.equals("<=") ? measured <= required : measured >= required;
        }
    }

    private Report() {
    }

    static List<Check> checks(Results results, Map<String, Double> limitsP99) {
        List<Check> checks = new ArrayList<>();
        var imp = results.importSpeed();
        checks.add(new Check("import entities/s", imp.entitiesPerS(), ">=", 50_000));
        if (imp.baselineEntitiesPerS() > 0) { // 0: skipped (benchmark.baseline-trials=0), never a met target
            checks.add(new Check("import / saveAll", imp.entitiesPerS() / imp.baselineEntitiesPerS(), ">=", 10));
        }
        checks.add(new Check("nodes", results.scale().nodes(), ">=", 1_000_000));
        checks.addAll(queryChecks(results, limitsP99, false));
        return checks;
    }

    /** The same latency and throughput targets, checked against the no-cache figures. */
    static List<Check> uncachedChecks(Results results, Map<String, Double> limitsP99) {
        return queryChecks(results, limitsP99, true);
    }

    private static List<Check> queryChecks(Results results, Map<String, Double> limitsP99, boolean uncached) {
        List<Check> checks = new ArrayList<>();
        for (var q : results.queries()) {
            if (uncached && q.uncachedP99Ms() == null) {
                continue;
            }
            Double limit = limitsP99.get(q.name());
            if (limit != null) {
                checks.add(new Check(q.name() + " p99 ms", uncached ? q.uncachedP99Ms() : q.p99Ms(), "<=", limit));
            }
            if (q.name().equals("antigen-therapies")) {
                checks.add(new Check(q.name() + " req/s", uncached ? q.uncachedThroughputPerS() : q.throughputPerS(),
                        ">=", 1_000));
                if (!uncached) {
                    checks.add(new Check(q.name() + " overhead", q.overheadRatio(), "<=", 1.3));
                }
            }
        }
        return checks;
    }

    static String table(Results results, List<Check> checks, List<Check> uncachedChecks, List<String> notes) {
        StringBuilder out = new StringBuilder();
        var scale = results.scale();
        var imp = results.importSpeed();
        out.append(String.format(Locale.ROOT, "%nOncoGraph benchmark: %,d nodes, %,d relationships%n",
                scale.nodes(), scale.relationships()));
        out.append(imp.baselineEntitiesPerS() > 0
                ? String.format(Locale.ROOT, "import: %,.0f entities/s (own import path); baseline %s: %,.0f entities/s"
                + " (%.1fx)%n", imp.entitiesPerS(), imp.baseline(), imp.baselineEntitiesPerS(),
                imp.entitiesPerS() / imp.baselineEntitiesPerS())
                : String.format(Locale.ROOT, "import: %,.0f entities/s (own import path); baseline not measured%n",
                imp.entitiesPerS()));
        out.append(String.format(Locale.ROOT, "%n| %-18s | %8s | %8s | %8s | %6s | %12s | %12s | %12s | %13s | %8s |"
                        + " %11s |%n", "query", "p50 ms", "p99 ms", "req/s", "hits", "no-cache p50", "no-cache p99",
                "no-cache r/s", "driver p50 ms", "overhead", "rounds"));
        out.append("|--------------------|---------:|---------:|---------:|-------:|-------------:|-------------:|"
                + "-------------:|--------------:|---------:|------------:|\n");
        for (var q : results.queries()) {
            out.append(String.format(Locale.ROOT, "| %-18s | %8.2f | %8.2f | %8.0f | %6s | %12s | %12s | %12s | %13.2f |"
                            + " %7.2fx | %11s |%n", q.name(), q.p50Ms(), q.p99Ms(), q.throughputPerS(),
                    q.cacheHitRatio() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * q.cacheHitRatio()),
                    figure(q.uncachedP50Ms(), "%.2f"), figure(q.uncachedP99Ms(), "%.2f"),
                    figure(q.uncachedThroughputPerS(), "%.0f"), q.driverP50Ms(), q.overheadRatio(),
                    range(q.overheadRoundRatios())));
        }
        out.append("(p50, p99, req/s: the default path, answer cache on and warm after the warm-up; hits: share of "
                + "X-Cache: HIT;\n no-cache: the same requests with Cache-Control: no-cache, the full query every time; "
                + "driver: the same query code on a plain driver;\n overhead: no-cache p50 / driver p50, each way in windows "
                + "of its own that alternate (ABBA), p50 over all of them;\n rounds: the lowest and highest ratio of one "
                + "round, how far it moves from one pair of windows to the next)\n");
        out.append("\ntargets (default path):\n");
        appendChecks(out, checks);
        out.append("targets on the no-cache path (the full query every time):\n");
        appendChecks(out, uncachedChecks);
        notes.forEach(n -> out.append("  ").append(n).append('\n'));
        return out.toString();
    }

    private static void appendChecks(StringBuilder out, List<Check> checks) {
        for (Check c : checks) {
            out.append(String.format(Locale.ROOT, "  %-4s %-26s %,14.2f %s %,.2f%n", c.met() ? "MET" : "MISS",
                    c.what(), c.measured(), c.comparison(), c.required()));
        }
    }

    private static String range(List<Double> ratios) {
        return ratios == null || ratios.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f-%.2fx",
                ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static String figure(Double value, String format) {
        return value == null ? "-" : String.format(Locale.ROOT, format, value);
    }

    static void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(value) + "\n");
    }
}
