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
        checks.add(new Check("import / saveAll", imp.entitiesPerS() / imp.baselineEntitiesPerS(), ">=", 10));
        checks.add(new Check("nodes", results.scale().nodes(), ">=", 1_000_000));
        for (var q : results.queries()) {
            Double limit = limitsP99.get(q.name());
            if (limit != null) {
                checks.add(new Check(q.name() + " p99 ms", q.p99Ms(), "<=", limit));
            }
            if (q.name().equals("antigen-therapies")) {
                checks.add(new Check(q.name() + " req/s", q.throughputPerS(), ">=", 1_000));
                checks.add(new Check(q.name() + " overhead", q.overheadRatio(), "<=", 1.3));
            }
        }
        return checks;
    }

    static String table(Results results, List<Check> checks, List<String> notes) {
        StringBuilder out = new StringBuilder();
        var scale = results.scale();
        var imp = results.importSpeed();
        out.append(String.format(Locale.ROOT, "%nOncoGraph benchmark: %,d nodes, %,d relationships%n",
                scale.nodes(), scale.relationships()));
        out.append(String.format(Locale.ROOT, "import: %,.0f entities/s (own import path); baseline %s: %,.0f entities/s"
                + " (%.1fx)%n", imp.entitiesPerS(), imp.baseline(), imp.baselineEntitiesPerS(),
                imp.entitiesPerS() / imp.baselineEntitiesPerS()));
        out.append(String.format(Locale.ROOT, "%n| %-18s | %8s | %8s | %10s | %13s | %8s |%n",
                "query", "p50 ms", "p99 ms", "req/s", "driver p50 ms", "overhead"));
        out.append("|--------------------|---------:|---------:|-----------:|--------------:|---------:|\n");
        for (var q : results.queries()) {
            out.append(String.format(Locale.ROOT, "| %-18s | %8.2f | %8.2f | %10.0f | %13.2f | %7.2fx |%n",
                    q.name(), q.p50Ms(), q.p99Ms(), q.throughputPerS(), q.driverP50Ms(), q.overheadRatio()));
        }
        out.append("\ntargets:\n");
        for (Check c : checks) {
            out.append(String.format(Locale.ROOT, "  %-4s %-26s %,14.2f %s %,.2f%n", c.met() ? "MET" : "MISS",
                    c.what(), c.measured(), c.comparison(), c.required()));
        }
        notes.forEach(n -> out.append("  ").append(n).append('\n'));
        return out.toString();
    }

    static void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(value) + "\n");
    }
}
