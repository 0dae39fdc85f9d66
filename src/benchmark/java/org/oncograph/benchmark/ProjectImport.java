package org.oncograph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.neo4j.driver.Driver;
import org.oncograph.ingest.Dictionaries;
import org.oncograph.ingest.TrialMapper;
import org.oncograph.ingest.TrialRecord;
import org.oncograph.ingest.TrialWriter;

/**
 * Loads the generated registry through OncoGraph's own import paths, as a user would load the real registry:
 * <ol>
 * <li>the curated knowledge (antigens and therapies) through {@code POST /api/v1/imports/curated};</li>
 * <li>the trials through the importer's {@link TrialMapper} and {@link TrialWriter} (the code behind
 * {@code POST /api/v1/imports/ctgov} and the import command), fed parsed records in batches, over Bolt;</li>
 * <li>the curated TARGETS relationships last, again over HTTP, so that the application is told the graph changed
 * (GraphChangedEvent) after everything is in, as it is after any import, and refreshes its statistics.</li>
 * </ol>
 * Records are generated on a second thread while the previous batch is written, so generation is not timed as
 * import work; the generator never holds more than two batches.
 */
final class ProjectImport {

    /** How the import ran. */
    record Outcome(String path, int batch, TrialWriter.Result trials) {
    }

    static final int BATCH = Integer.getInteger("benchmark.import-batch", 1_000);
    private static final int CHUNK = 5_000;
    private static final int CURATED_ROWS_PER_REQUEST = 10_000;
    private static final String SOURCE = "oncograph:benchmark-curated";

    private ProjectImport() {
    }

    static Outcome run(SyntheticRegistry registry, AppProcess app, Driver driver) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var shape = registry.shape();
        curatedNodes(http, registry, app);

        var writer = new TrialWriter(driver, new TrialMapper(Dictionaries.load()), BATCH);
        BlockingQueue<List<TrialRecord>> chunks = new ArrayBlockingQueue<>(1);
        Thread producer = new Thread(() -> {
            try {
                for (int from = 0; from < shape.trials(); from += CHUNK) {
                    List<TrialRecord> chunk = new ArrayList<>(CHUNK);
                    for (int i = from; i < Math.min(shape.trials(), from + CHUNK); i++) {
                        chunk.add(TrialRecords.of(registry, registry.trial(i)));
                    }
                    chunks.put(chunk);
                }
                chunks.put(List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "generator");
        producer.setDaemon(true);
        producer.start();
        TrialWriter.Result total = null;
        int done = 0;
        long started = System.nanoTime();
        for (List<TrialRecord> chunk = chunks.take(); !chunk.isEmpty(); chunk = chunks.take()) {
            TrialWriter.Result result = writer.write(chunk);
            if (!result.rejected().isEmpty()) {
                throw new IllegalStateException("the importer rejected generated records: " + result.rejected()
                        .subList(0, Math.min(3, result.rejected().size())));
            }
            total = total == null ? result : sum(total, result);
            done += chunk.size();
            if (done % 50_000 == 0) {
                Benchmark.log("  %,d trials written, %,.0f trials/s", done, done / ((System.nanoTime() - started) / 1e9));
            }
        }

        curatedTargets(http, registry, app);
        return new Outcome("curated tables over HTTP + TrialMapper/TrialWriter over Bolt", BATCH, total);
    }

    /**
     * After an initial load (the trials bulk-loaded before the application started): the curated knowledge over
     * HTTP, antigens and therapies and then their TARGETS links, so that the graph has what {@link #run} gives it.
     */
    static void curatedAfterInitialLoad(SyntheticRegistry registry, AppProcess app) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        curatedNodes(http, registry, app);
        curatedTargets(http, registry, app);
    }

    /** The generated trials as records, made as they are read (the initial load reads them once). */
    static Iterator<TrialRecord> records(SyntheticRegistry registry) {
        return IntStream.range(0, registry.shape().trials())
                .mapToObj(i -> TrialRecords.of(registry, registry.trial(i))).iterator();
    }

    private static void curatedNodes(HttpClient http, SyntheticRegistry registry, AppProcess app) throws Exception {
        var shape = registry.shape();
        curated(http, app, "antigens", "symbol,name,source", shape.antigens(), i -> {
            var a = registry.antigen(i);
            return csv(a.symbol(), a.name(), SOURCE);
        });
        curated(http, app, "therapies", "name,synonyms,modality,source", shape.therapies(), i -> {
            var t = registry.therapy(i);
            return csv(t.name(), t.code(), t.modality(), SOURCE);
        });
    }

    private static void curatedTargets(HttpClient http, SyntheticRegistry registry, AppProcess app) throws Exception {
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < registry.shape().therapies(); i++) {
            var t = registry.therapy(i);
            for (int rank : t.targets()) {
                targets.add(csv("Therapy", SyntheticRegistry.slug(t.name()), "TARGETS", "Antigen",
                        registry.antigen(rank).symbol(), SOURCE, "curated"));
            }
        }
        curated(http, app, "relationships", "from_label,from_id,type,to_label,to_id,source,evidence",
                targets.size(), targets::get);
    }

    private static TrialWriter.Result sum(TrialWriter.Result a, TrialWriter.Result b) {
        return new TrialWriter.Result(a.created() + b.created(), a.updated() + b.updated(),
                a.unchanged() + b.unchanged(), List.of(), a.nodesCreated() + b.nodesCreated(),
                a.relationshipsCreated() + b.relationshipsCreated(), a.propertiesSet() + b.propertiesSet(),
                a.entities() + b.entities());
    }

    private static void curated(HttpClient http, AppProcess app, String table, String header, int rows,
                                IntFunction<String> row) throws Exception {
        for (int from = 0; from < rows; from += CURATED_ROWS_PER_REQUEST) {
            StringBuilder body = new StringBuilder(header).append('\n');
            for (int i = from; i < Math.min(rows, from + CURATED_ROWS_PER_REQUEST); i++) {
                body.append(row.apply(i)).append('\n');
            }
            var response = http.send(HttpRequest.newBuilder(
                            URI.create(app.baseUrl() + "/api/v1/imports/curated?table=" + table))
                    .header("Content-Type", "text/csv").header("X-API-Key", AppProcess.API_KEY)
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"rejectedCount\":") 
                    && !response.body().contains("\"rejectedCount\":0")) {
                throw new IllegalStateException("curated import of " + table + " answered " + response.statusCode()
                        + ": " + response.body().substring(0, Math.min(600, response.body().length())));
            }
        }
    }

    private static String csv(String... values) {
        StringBuilder line = new StringBuilder();
        for (String v : values) {
            if (line.length() > 0) {
                line.append(',');
            }
            String value = v == null ? "" : v;
            line.append(value.contains(",") || value.contains("\"")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return line.toString();
    }
}
