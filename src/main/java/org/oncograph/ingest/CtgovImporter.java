package org.oncograph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.oncograph.graph.GraphChangedEvent;
import org.oncograph.graph.GraphMetrics;
import org.oncograph.graph.GraphMetrics.RecordResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports ClinicalTrials.gov records from a request body or from files and folders: reads them, and writes them in
 * batches through {@link TrialWriter} as they are read (so a folder of any size streams), then tells the application
 * the graph changed and counts the import in {@link GraphMetrics} (source {@code ctgov}), whether it came over HTTP or
 * from the command line.
 */
@Service
public class CtgovImporter {

    private static final Logger log = LoggerFactory.getLogger(CtgovImporter.class);

    private final CtgovReader reader;
    private final TrialWriter writer;
    private final ApplicationEventPublisher events;
    private final GraphMetrics metrics;

    CtgovImporter(Driver driver, IngestProperties properties, ApplicationEventPublisher events,
                  GraphMetrics metrics) {
        this.reader = new CtgovReader(properties);
        this.writer = new TrialWriter(driver, new TrialMapper(Dictionaries.load()), properties.batchSize());
        this.events = events;
        this.metrics = metrics;
    }

    public TrialWriter writer() {
        return writer;
    }

    /** Imports a request body; an unreadable body or one over a bound throws before anything is written. */
    public ImportReport importBody(byte[] body, String name) {
        return run(sink -> reader.readBody(body, name, sink));
    }

    /** Imports a file, a zip or a folder. */
    public ImportReport importPath(Path path) {
        return run(sink -> {
            try {
                reader.readPath(path, sink);
            } catch (IOException e) {
                throw new UnreadableImportException(path + ": " + e.getMessage());
            }
        });
    }

    private interface Reading {
        void into(CtgovReader.Sink sink);
    }

    private ImportReport run(Reading reading) {
        long started = System.nanoTime();
        try {
            Batcher batcher = new Batcher();
            reading.into(batcher);
            batcher.flush();
            long millis = (System.nanoTime() - started) / 1_000_000;
            ImportReport report = ImportReport.of(batcher.result, batcher.rejected, millis);
            if (report.created() + report.updated() > 0) {
                events.publishEvent(new GraphChangedEvent("ctgov-import"));
            }
            log.info("ClinicalTrials.gov import: {} created, {} updated, {} unchanged, {} rejected in {} ms",
                    report.created(), report.updated(), report.unchanged(), report.rejectedCount(), millis);
            metrics.importSucceeded("ctgov", Map.of(RecordResult.CREATED, (long) report.created(),
                    RecordResult.UPDATED, (long) report.updated(), RecordResult.UNCHANGED, (long) report.unchanged(),
                    RecordResult.REJECTED, (long) report.rejectedCount()), Duration.ofMillis(millis));
            return report;
        } catch (RuntimeException e) {
            // Unreadable or over a bound (nothing written), or the database gone (earlier batches stay committed).
            metrics.importFailed("ctgov", e, Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }

    /** Collects records into batches and writes each full batch. */
    private final class Batcher implements CtgovReader.Sink {
        private final List<TrialRecord> pending = new ArrayList<>();
        private final List<RecordRejection> rejected = new ArrayList<>();
        private TrialWriter.Result result = TrialWriter.Result.EMPTY;

        @Override
        public void record(TrialRecord record) {
            pending.add(record);
            if (pending.size() >= writer.batchSize()) {
                flush();
            }
        }

        @Override
        public void reject(RecordRejection rejection) {
            rejected.add(rejection);
        }

        void flush() {
            if (!pending.isEmpty()) {
                result = result.plus(writer.write(List.copyOf(pending)));
                pending.clear();
            }
        }
    }
}
