package org.oncograph.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code java -jar}) in its own JVM with the heap the benchmark claims ({@code -Xmx1g}),
 * on free ports and a fresh data folder, so that what is measured is what users run.
 */
final class AppProcess implements AutoCloseable {

    static final String API_KEY = "benchmark-api-key";

    private final Process process;
    private final int httpPort;
    private final int boltPort;
    private final Path log;

    private AppProcess(Process process, int httpPort, int boltPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.log = log;
    }

    static AppProcess start(Path jar, Path dataDir, String heap, String pageCache, Path log) throws Exception {
        int httpPort = freePort();
        int boltPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"));
        // For profiling, e.g. -Dbenchmark.app-jvm-args=-XX:StartFlightRecording=filename=target/benchmark/app.jfr
        for (String arg : System.getProperty("benchmark.app-jvm-args", "").trim().split("\\s+")) {
            if (!arg.isEmpty()) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + httpPort,
                "--oncograph.embedded.data-dir=" + dataDir,
                "--oncograph.embedded.bolt-port=" + boltPort,
                "--oncograph.embedded.http-enabled=false",
                "--oncograph.embedded.page-cache=" + pageCache,
                "--oncograph.embedded.transaction-timeout=10m",
                "--oncograph.security.api-key=" + API_KEY,
                "--logging.level.root=WARN",
                "--logging.level.org.oncograph=INFO"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // If the benchmark dies (Ctrl-C, an error), the application must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        AppProcess app = new AppProcess(process, httpPort, boltPort, log);
        app.awaitReady(Duration.ofMinutes(10));
        return app;
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not ready within " + timeout + "; see " + log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + boltPort);
    }

    long pid() {
        return process.pid();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring's graceful shutdown closes Neo4j cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
