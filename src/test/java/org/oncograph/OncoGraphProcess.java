package org.oncograph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * OncoGraph in a JVM of its own (this test classpath, the real main class), on free ports and a given data folder,
 * so that a test can do to it what the operating system does in a crash: {@link #kill()} is {@code kill -9}, with no
 * shutdown hook, no graceful shutdown and no checkpoint. Its output goes to {@code <data folder>.log}. A process
 * the test forgets is killed when the test JVM exits.
 */
public final class OncoGraphProcess implements AutoCloseable {

    public static final String API_KEY = "process-api-key";

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final Process process;
    private final int httpPort;
    private final int boltPort;
    private final Path log;
    private Driver driver;

    private OncoGraphProcess(Process process, int httpPort, int boltPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.log = log;
    }

    /** OncoGraph started on {@code dataDir} with these extra {@code --name=value} arguments, and ready. */
    public static OncoGraphProcess start(Path dataDir, String... arguments) throws Exception {
        int httpPort = freePort();
        int boltPort = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process process = launch(dataDir, httpPort, boltPort, log, arguments);
        OncoGraphProcess app = new OncoGraphProcess(process, httpPort, boltPort, log);
        try {
            // Minutes, not seconds: on a shared build machine a start can take that long.
            app.awaitReady(Duration.ofMinutes(8));
        } catch (Exception | AssertionError e) {
            app.kill();
            throw e;
        }
        return app;
    }

    /** How a command-line run ended: its exit status and everything it printed. */
    public record Finished(int status, String output) {
    }

    /** OncoGraph run on {@code dataDir} as a command-line task (the import command), which exits by itself. */
    public static Finished run(Path dataDir, Duration timeout, String... arguments) throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-task.log");
        Process process = launch(dataDir, freePort(), freePort(), log, arguments);
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("OncoGraph did not exit within " + timeout + "; see " + log);
            }
            return new Finished(process.exitValue(), Files.readString(log));
        } finally {
            process.destroyForcibly().waitFor();
            RUNNING.remove(process);
        }
    }

    private static Process launch(Path dataDir, int httpPort, int boltPort, Path log, String... arguments)
            throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"),
                OncoGraphApplication.class.getName(),
                "--server.port=" + httpPort,
                "--oncograph.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--oncograph.embedded.bolt-port=" + boltPort,
                "--oncograph.embedded.http-enabled=false",
                "--oncograph.embedded.page-cache=64MB",
                "--oncograph.security.api-key=" + API_KEY,
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        RUNNING.add(process);
        return process;
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OncoGraph exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("OncoGraph was not ready within " + timeout + "; see " + log);
            }
            Thread.sleep(200);
        }
    }

    private boolean ready() {
        try {
            var readiness = api().get("/actuator/health/readiness");
            return readiness.status() == 200 && "UP".equals(readiness.json().path("status").asString());
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Its HTTP API. */
    public ApiClient api() {
        return new ApiClient(httpPort);
    }

    /** {@code POST} with the API key. */
    public ApiClient.Response post(String path, String contentType, byte[] body) {
        return api().sendBytes("POST", path, body, Map.of("Content-Type", contentType, "X-API-Key", API_KEY));
    }

    /** A driver on its Bolt port (the embedded Neo4j has no authentication on loopback), closed with the process. */
    public synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
        }
        return driver;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM and its embedded Neo4j stop at once, mid-transaction if one is running. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        forget();
    }

    /** SIGTERM (graceful shutdown, Neo4j closed cleanly), then SIGKILL if it takes over a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        forget();
    }

    private synchronized void forget() {
        RUNNING.remove(process);
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }
}
