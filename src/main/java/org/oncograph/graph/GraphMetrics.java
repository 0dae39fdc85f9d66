package org.oncograph.graph;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What changed the graph, for {@code /actuator/prometheus}: imports run, records imported and rejected, and how long
 * imports took, per source. Importers call it once per import. Sources and failure reasons become metric tags, so
 * they must come from a small fixed set in code (e.g. {@code "ctgov"}, {@code "curated"}; an exception's simple
 * class name), never from request input: every distinct value is a new time series.
 * <pre>
 * oncograph_imports_total{source, outcome="success"|"failure"}
 * oncograph_import_records_total{source, result="created"|"updated"|"unchanged"|"imported"|"rejected"}
 * oncograph_import_duration_seconds{source, outcome}
 * oncograph_import_failures_total{source, reason}
 * </pre>
 */
@Component
public class GraphMetrics {

    /**
     * What became of a record: a trial created, updated in place or found unchanged (ClinicalTrials.gov), a row
     * merged (curated tables, whose MERGE cannot tell new from existing), or rejected. Each record counts once, so
     * summing over results gives the records an import saw.
     */
    public enum RecordResult {
        CREATED, UPDATED, UNCHANGED, IMPORTED, REJECTED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public GraphMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An import committed: how many of its records ended in each result (zeros included, so every series exists). */
    public void importSucceeded(String source, Map<RecordResult, Long> records, Duration took) {
        count("oncograph.imports", "Imports run, by outcome", source, "outcome", "success").increment();
        records.forEach((result, n) -> count("oncograph.import.records", "Records seen by imports, by result",
                source, "result", result.tag()).increment(n));
        timer(source, "success").record(took);
    }

    /** An import failed and was rolled back (what it had committed in earlier batches stays, as MERGE allows). */
    public void importFailed(String source, Throwable failure, Duration took) {
        count("oncograph.imports", "Imports run, by outcome", source, "outcome", "failure").increment();
        count("oncograph.import.failures", "Failed imports, by exception", source, "reason",
                failure.getClass().getSimpleName()).increment();
        timer(source, "failure").record(took);
    }

    private Counter count(String name, String description, String source, String tag, String value) {
        return Counter.builder(name).description(description).tag("source", source).tag(tag, value)
                .register(registry);
    }

    private Timer timer(String source, String outcome) {
        return Timer.builder("oncograph.import.duration").description("How long imports took")
                .tag("source", source).tag("outcome", outcome).register(registry);
    }
}
