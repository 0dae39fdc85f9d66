package org.oncograph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.oncograph.benchmark.baseline.SaveAllBaseline;
import org.oncograph.ingest.Dictionaries;
import org.oncograph.ingest.InitialLoad;
import org.oncograph.ingest.TrialMapper;

/**
 * {@code ./mvnw -Pbenchmark verify [-Dbenchmark.trials=N]}: generates a seeded ClinicalTrials.gov-shaped registry,
 * starts the packaged application in its own JVM ({@code -Xmx1g}, or {@code benchmark.app-heap}), measures the
 * naive SDN {@code saveAll} baseline on a sample, imports the whole registry through OncoGraph's own import path
 * (or, with {@code -Dbenchmark.import=initial-load}, bulk-loads it before the application starts), then measures
 * each API question with 8 concurrent clients over HTTP as users get it (answer cache on), over HTTP with
 * {@code Cache-Control: no-cache} (the full query every time), and through the raw driver. Prints a table; writes
 * {@code target/benchmark/results.json} (the shape of issue 6) and {@code details.json} (everything else).
 */
public final class Benchmark {

    private static final int CLIENTS = 8;
    /**
     * Idle connections HttpURLConnection keeps per server ({@code http.maxConnections}, 5 by default): at least one per
     * client, or three of the eight clients would open a new TCP connection for every request.
     */
    private static final int KEEP_ALIVE = 2 * CLIENTS;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("http.maxConnections", Integer.toString(KEEP_ALIVE));
        int trials = Integer.getInteger("benchmark.trials", 500_000);
        long seed = Long.getLong("benchmark.seed", 20261123L);
        int baselineTrials = Integer.getInteger("benchmark.baseline-trials", 1_000);
        double warmup = Double.parseDouble(System.getProperty("benchmark.warmup-seconds", "15"));
        double measure = Double.parseDouble(System.getProperty("benchmark.measure-seconds", "15"));
        double appWarmup = Double.parseDouble(System.getProperty("benchmark.app-warmup-seconds", "300"));
        // The overhead: no-cache HTTP and the driver twin in alternating windows, each its own warm-up and measure.
        int rounds = Integer.getInteger("benchmark.rounds", 4);
        double roundWarmup = Double.parseDouble(System.getProperty("benchmark.round-warmup-seconds", "5"));
        double roundMeasure = Double.parseDouble(System.getProperty("benchmark.round-measure-seconds", "10"));
        if (rounds < 1) {
            throw new IllegalArgumentException("benchmark.rounds must be at least 1, not " + rounds);
        }
        // Both off (-Dbenchmark.baseline-trials=0 -Dbenchmark.queries=false) to iterate on the import alone.
        // true (every question), false (none: the import alone) or the names of the questions to measure.
        // Checked here, before the import, so that a misspelt name fails at once rather than minutes later.
        List<String> questions = questions(System.getProperty("benchmark.queries", "true").trim());
        boolean runQueries = !questions.isEmpty();
        String pageCache = System.getProperty("benchmark.page-cache", "1GB");
        String heap = System.getProperty("benchmark.app-heap", "1g");
        Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark"));
        Path jar = Path.of(System.getProperty("benchmark.app-jar"));
        Files.createDirectories(output);

        var registry = new SyntheticRegistry(SyntheticRegistry.Shape.of(trials), seed);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("shape", registry.shape());
        details.put("seed", seed);
        details.put("app_jvm", "-Xms" + heap + " -Xmx" + heap + " -XX:+UseG1GC");
        details.put("page_cache", pageCache);
        details.put("load_average_1m_at_start", Machine.loadAverage());
        log("generating %,d trials (seed %d): %s", trials, seed, registry.shape());

        Path data = output.resolve("graph");
        deleteRecursively(data);
        Results results;
        List<String> notes = new ArrayList<>();
        // -Dbenchmark.import=initial-load: the trials are bulk-loaded into the empty data folder before the application
        // starts (InitialLoad, in this JVM, records generated as they are read), and the import is timed as that load
        // plus the application's start on the loaded store (schema indexes populated, seed merged) until it answers.
        boolean initialLoad = "initial-load".equals(System.getProperty("benchmark.import", "initial-load"));
        InitialLoad.Report bulk = null;
        double bulkSeconds = 0;
        double bulkCpu = 0;
        if (initialLoad) {
            log("initial load of %,d trials into %s", trials, data);
            bulkCpu = Machine.cpuSeconds(ProcessHandle.current().pid());
            long loadStarted = System.nanoTime();
            bulk = InitialLoad.load(data, ProjectImport.records(registry), new TrialMapper(Dictionaries.load()));
            bulkSeconds = (System.nanoTime() - loadStarted) / 1e9;
            bulkCpu = Machine.cpuSeconds(ProcessHandle.current().pid()) - bulkCpu;
            if (bulk.rejectedCount() > 0) {
                throw new IllegalStateException("the initial load rejected generated records: " + bulk.rejected()
                        .subList(0, Math.min(3, bulk.rejected().size())));
            }
            log("initial load: %s", bulk);
        }
        long appStarted = System.nanoTime();
        try (AppProcess app = AppProcess.start(jar, data, heap, pageCache, output.resolve("app.log"));
             Driver driver = GraphDatabase.driver(app.boltUri(), AuthTokens.none(),
                     // SLF4J: the driver's default logging formats every Bolt message, parameters included.
                     Config.builder().withMaxConnectionPoolSize(64).withLogging(Logging.slf4j()).build())) {
            double startSeconds = (System.nanoTime() - appStarted) / 1e9;
            log("application pid %d ready at %s (Bolt %s) in %.1f s", app.pid(), app.baseUrl(), app.boltUri(),
                    startSeconds);

            // 1. The naive baseline, on a sample of the same trials, on the still small graph (its best case).
            var sample = IntStream.range(0, baselineTrials).mapToObj(registry::trial).toList();
            var warm = IntStream.range(trials - 50, trials).mapToObj(registry::trial).toList();
            SaveAllBaseline.Result baseline = baselineTrials == 0 ? new SaveAllBaseline.Result(0, 0, 0)
                    : SaveAllBaseline.run(app.boltUri(), driver, warm, sample, BaselineMapping.of(registry));
            log("baseline saveAll: %,d trials, %,d entities in %.1f s = %,.0f entities/s", baseline.trials(),
                    baseline.entities(), baseline.seconds(), baseline.entitiesPerSecond());

            // 2. The whole registry through the project's own import path.
            double importRate;
            if (initialLoad) {
                double importSeconds = bulkSeconds + startSeconds;
                importRate = bulk.entities() / importSeconds;
                log("initial load: %,d trials, %,d entities in %.1f s (load %.1f s + application start %.1f s) = "
                        + "%,.0f entities/s; CPU of the load (benchmark JVM: generation, mapping, bulk import) %.1f s",
                        trials, bulk.entities(), importSeconds, bulkSeconds, startSeconds, importRate, bulkCpu);
                long curatedStarted = System.nanoTime();
                ProjectImport.curatedAfterInitialLoad(registry, app);
                double curatedSeconds = (System.nanoTime() - curatedStarted) / 1e9;
                log("curated knowledge over HTTP after the initial load: %.1f s (not in the rate above)",
                        curatedSeconds);
                details.put("import", Map.of("trials", trials, "entities", bulk.entities(), "seconds", importSeconds,
                        "path", "InitialLoad (Neo4j bulk importer) before start + application start until ready",
                        "load_seconds", bulkSeconds, "start_seconds", startSeconds, "report", bulk.toString(),
                        "cpu_seconds_load", bulkCpu, "curated_over_http_seconds_after", curatedSeconds));
            } else {
                long before = entities(driver);
                double appCpu = Machine.cpuSeconds(app.pid());
                double ownCpu = Machine.cpuSeconds(ProcessHandle.current().pid());
                long started = System.nanoTime();
                ProjectImport.Outcome imported = ProjectImport.run(registry, app, driver);
                double importSeconds = (System.nanoTime() - started) / 1e9;
                appCpu = Machine.cpuSeconds(app.pid()) - appCpu;
                ownCpu = Machine.cpuSeconds(ProcessHandle.current().pid()) - ownCpu;
                long written = entities(driver) - before;
                importRate = written / importSeconds;
                log("import: %,d trials, %,d entities in %.1f s = %,.0f entities/s; CPU: application %.1f s, "
                        + "benchmark JVM (generation, mapping, driver) %.1f s", trials, written, importSeconds,
                        importRate, appCpu, ownCpu);
                details.put("import", Map.of("trials", trials, "entities", written, "seconds", importSeconds,
                        "path", imported.path(), "batch", imported.batch(), "writer", imported.trials(),
                        "cpu_seconds_application", appCpu, "cpu_seconds_benchmark_jvm", ownCpu));
            }
            details.put("baseline", Map.of("trials", baseline.trials(), "entities", baseline.entities(),
                    "seconds", baseline.seconds()));
            driver.executableQuery("CALL db.awaitIndexes(600)").execute();
            // The import's GraphChangedEvent started the statistics' background recomputation, which reads the whole
            // graph: wait for it, so that it does not run under the first question's measurements.
            details.put("stats_recomputed_after_import_seconds", awaitStatistics(app));

            long nodes = count(driver, "MATCH (n) RETURN count(n)");
            long relationships = count(driver, "MATCH ()-[r]->() RETURN count(r)");
            details.put("store_bytes", sizeOf(data.resolve("data/databases/neo4j"))
                    + sizeOf(data.resolve("data/transactions/neo4j")));

            // 3. Every question, over HTTP and through the raw driver.
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            LoadRun load = new LoadRun(CLIENTS, warmup, measure, app.pid());
            LoadRun alternating = new LoadRun(CLIENTS, roundWarmup, roundMeasure, app.pid());
            List<Results.Query> queries = new ArrayList<>();
            Map<String, Object> queryDetails = new LinkedHashMap<>();
            List<QuerySpec> specs = runQueries ? Queries.all(registry, driver).stream()
                    .filter(spec -> questions.contains(spec.name())).toList() : List.of();
            details.put("application_warmup_seconds", warmUp(specs, app, driver, appWarmup));
            for (QuerySpec spec : specs) {
                // As users get it: the answer cache on, warm after the warm-up (its hits are counted). What the
                // application read from its store files and spent in GC pauses meanwhile tells a slow run's cause.
                long[] readBefore = Machine.readBytes(app.pid());
                double gcBefore = gcPauseSeconds(http, app);
                LoadRun.Outcome overHttp = load.run(spec.name(), spec.httpPaths().size(),
                        spec.overHttp(app.baseUrl(), false));
                long[] readAfter = Machine.readBytes(app.pid());
                Map<String, Object> appCost = new LinkedHashMap<>();
                appCost.put("read_mb", (readAfter[0] - readBefore[0]) >> 20);
                appCost.put("disk_read_mb", (readAfter[1] - readBefore[1]) >> 20);
                appCost.put("gc_pause_seconds", round(gcPauseSeconds(http, app) - gcBefore));
                // The same requests with Cache-Control: no-cache (the full query every time), and through the driver twin,
                // in alternating windows. A precomputed answer (the statistics) runs no Cypher per request: its twin is
                // the whole computation, timed a few times one after another, and it has no overhead ratio.
                LoadRun.Paired pair = !spec.answerCache() ? null : alternating.alternate(spec.name(),
                        spec.httpPaths().size(), spec.overHttp(app.baseUrl(), true), spec.throughDriver(driver), rounds,
                        "no-cache", "driver");
                LoadRun.Outcome uncached = pair == null ? null : pair.first();
                LoadRun.Outcome raw = pair != null ? pair.second()
                        : LoadRun.serial(spec.name() + "-computation", 3, () -> spec.raw().run(driver, 0));
                double overhead = uncached == null ? Double.NaN : uncached.p50Ms() / raw.p50Ms();
                log("%-18s http p50 %.2f p99 %.2f ms %,.0f/s (%d errors, %.0f%% hits; app read %s MB, GC pauses %s s)"
                                + " | %s | driver p50 %.2f p99 %.2f ms %,.0f/s, CPU ms/request app %.2f benchmark %.2f",
                        spec.name(), overHttp.p50Ms(), overHttp.p99Ms(), overHttp.throughputPerS(),
                        overHttp.errors(), 100 * overHttp.cacheHitRatio(), appCost.get("read_mb"),
                        appCost.get("gc_pause_seconds"), uncached == null ? "no-cache not measured"
                                : String.format("no-cache p50 %.2f p99 %.2f ms %,.0f/s (%d errors), CPU ms/request"
                                        + " app %.2f benchmark %.2f", uncached.p50Ms(), uncached.p99Ms(),
                                uncached.throughputPerS(), uncached.errors(), uncached.appCpuMsPerRequest(),
                                uncached.benchmarkCpuMsPerRequest()),
                        raw.p50Ms(), raw.p99Ms(), raw.throughputPerS(), raw.appCpuMsPerRequest(),
                        raw.benchmarkCpuMsPerRequest());
                if (uncached != null) {
                    log("%-18s application CPU ms/request by thread: no-cache %s | driver %s", spec.name(),
                            uncached.appCpuMsPerRequestByThread(), raw.appCpuMsPerRequestByThread());
                }
                queries.add(new Results.Query(spec.name(), round(overHttp.p50Ms()), round(overHttp.p99Ms()),
                        Math.round(overHttp.throughputPerS()), round(raw.p50Ms()),
                        round(overhead),
                        uncached == null ? null : round(uncached.p50Ms()),
                        uncached == null ? null : round(uncached.p99Ms()),
                        uncached == null ? null : (double) Math.round(uncached.throughputPerS()),
                        uncached == null ? null : round(overHttp.cacheHitRatio()),
                        pair == null ? null : pair.roundRatios()));
                if (pair != null) {
                    log("%-18s overhead %.2fx over %d rounds (no-cache and driver windows alternating); round by round %s",
                            spec.name(), overhead, rounds, pair.roundRatios());
                }
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("http", overHttp);
                figures.put("http_application_cost", appCost);
                if (uncached != null) {
                    figures.put("http_no_cache", uncached);
                }
                figures.put(spec.answerCache() ? "driver" : "computation_driver", raw);
                if (pair != null) {
                    figures.put("overhead_round_ratios", pair.roundRatios());
                }
                figures.put("distinct_requests", spec.httpPaths().size());
                queryDetails.put(spec.name(), figures);
            }
            details.put("queries", queryDetails);
            details.put("app_heap_used_bytes", metric(http, app, "jvm.memory.used?tag=area:heap"));
            // What the application holds live with the whole graph loaded and every question asked (the answer
            // cache full): the heap used right after a full collection.
            boolean collected = Machine.fullGc(app.pid());
            long live = collected ? metric(http, app, "jvm.memory.used?tag=area:heap") : -1;
            details.put("app_heap_live_bytes_after_full_gc", live);
            notes.add("application heap after a full GC, graph loaded and every answer cached: " + (live < 0
                    ? "not measured" : "%,d MB".formatted(live >> 20)) + " of -Xmx" + heap);
            details.put("app_heap_max_bytes", metric(http, app, "jvm.memory.max?tag=area:heap"));
            details.put("load_average_1m_at_end", Machine.loadAverage());

            Map<String, Object> machine = Machine.describe();
            results = new Results(machine, new Results.Scale(nodes, relationships),
                    new Results.Import(Math.round(importRate), "Spring Data Neo4j repository saveAll of "
                            + baseline.trials() + " trials (same entities)", Math.round(baseline.entitiesPerSecond())),
                    queries);
        }
        Map<String, Double> limitsP99 = Map.of("antigen-therapies", 20.0, "search", 20.0, "neighbourhood", 50.0,
                "paths", 50.0, "stats", 20.0);
        var checks = Report.checks(results, limitsP99);
        var uncachedChecks = Report.uncachedChecks(results, limitsP99);
        notes.add(String.format("load average (1 min) at start %.2f, at end %.2f", details.get("load_average_1m_at_start"),
                details.get("load_average_1m_at_end")));
        System.out.println(Report.table(results, checks, uncachedChecks, notes));
        Report.write(output.resolve("results.json"), results);
        Report.write(output.resolve("results-" + trials + ".json"), results);
        details.put("targets", checks);
        details.put("targets_no_cache", uncachedChecks);
        Report.write(output.resolve("details-" + trials + ".json"), details);
        log("wrote %s", output.resolve("results.json").toAbsolutePath());
    }

    /**
     * GETs {@code url} (with {@code Cache-Control: no-cache} if asked); returns whether it was a cache hit. The load
     * runs on the JDK's blocking {@link HttpURLConnection} over kept-alive connections (up to {@link #KEEP_ALIVE}
     * idle ones): the load generator shares the 2 cores with the application, and java.net.http's
     * asynchronous client took 2 to 3 ms of CPU per request for this, against 1 ms for HttpURLConnection
     * (docs/performance.md), which the application's latency then paid for.
     */
    static boolean get(String url, boolean noCache) throws IOException {
        var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (noCache) {
            connection.setRequestProperty("Cache-Control", "no-cache");
        }
        int status = connection.getResponseCode();
        // The body is read to its end (and the stream closed) so that the connection goes back to the keep-alive cache.
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status + ": "
                        + new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return "HIT".equals(connection.getHeaderField("X-Cache"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Every question's full query, over HTTP ({@code no-cache}) and through the driver twin, mixed, from all clients,
     * before any is measured. The application is a fresh JVM: until its JIT has compiled the request path (Tomcat,
     * Spring MVC, Jackson, the driver, Neo4j's Cypher runtime), compilation takes up to a core of the two. Under 8
     * clients it took about five minutes to settle: a no-cache antigen-therapies request cost the application 30 ms
     * of CPU in its first minute and 5 to 6 ms after five, so a question measured in the first minutes, and its HTTP
     * path more than its driver twin measured after it, paid for compilation (docs/performance.md). Each question
     * keeps its own warm-up after this one. Returns the seconds it took.
     */
    private static double warmUp(List<QuerySpec> specs, AppProcess app, Driver driver, double seconds)
            throws InterruptedException {
        List<LoadRun.Call> mix = new ArrayList<>();
        for (QuerySpec spec : specs) {
            if (!spec.answerCache()) {
                continue;
            }
            LoadRun.Call http = spec.overHttp(app.baseUrl(), true);
            LoadRun.Call twin = spec.throughDriver(driver);
            for (int i = 0; i < spec.httpPaths().size(); i++) {
                int request = i;
                mix.add(ignored -> http.run(request));
                mix.add(ignored -> twin.run(request));
            }
        }
        if (mix.isEmpty() || seconds <= 0) {
            return 0;
        }
        long started = System.nanoTime();
        // Shuffled once (seeded) so that each client's walk interleaves the questions and both paths.
        Collections.shuffle(mix, new Random(1));
        new LoadRun(CLIENTS, seconds, 0, app.pid()).run("application-warm-up", mix.size(), i -> mix.get(i).run(i));
        double took = (System.nanoTime() - started) / 1e9;
        log("application warmed up: %,d distinct requests of every question, then %.0f s of them mixed, in %.1f s",
                mix.size(), seconds, took);
        return took;
    }

    /** The questions {@code benchmark.queries} asks for: "true" all, "false" none, or their names. */
    private static List<String> questions(String property) {
        if (property.equals("true")) {
            return Queries.NAMES;
        }
        if (property.equals("false")) {
            return List.of();
        }
        List<String> names = List.of(property.split("\\s*,\\s*"));
        if (!Queries.NAMES.containsAll(names)) {
            throw new IllegalArgumentException("benchmark.queries: " + names + " are not all among " + Queries.NAMES
                    + " (or true, false)");
        }
        return names;
    }

    /** An actuator metric of the application's JVM (management endpoints need the API key). */
    private static long metric(HttpClient http, AppProcess app, String name) {
        try {
            String url = app.baseUrl() + "/actuator/metrics/" + name;
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", AppProcess.API_KEY)
                    .build(), HttpResponse.BodyHandlers.ofString());
            var value = response.body().replaceAll("(?s).*\"value\"\\s*:\\s*([0-9.E+]+).*", "$1");
            return (long) Double.parseDouble(value);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Seconds until {@code /api/v1/stats} answers figures that are up to date. */
    private static double awaitStatistics(AppProcess app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofMinutes(10).toNanos()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/stats"))
                    .timeout(Duration.ofMinutes(6)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("\"upToDate\":true")) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log("statistics up to date %.1f s after the import", seconds);
                return seconds;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the statistics were not recomputed within 10 minutes of the import");
    }

    /** Total time the application's JVM has spent in GC pauses so far (Micrometer's jvm.gc.pause). */
    private static double gcPauseSeconds(HttpClient http, AppProcess app) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/metrics/jvm.gc.pause"))
                    .header("X-API-Key", AppProcess.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
            var total = java.util.regex.Pattern.compile("\"TOTAL_TIME\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.E+-]+)")
                    .matcher(response.body());
            return total.find() ? Double.parseDouble(total.group(1)) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static long entities(Driver driver) {
        return count(driver, "MATCH (n) RETURN count(n)") + count(driver, "MATCH ()-[r]->() RETURN count(r)");
    }

    private static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private static double round(double value) {
        // NaN (a request kind with no successful request) stays NaN, written as "NaN", never as a made-up 0.
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
