package org.oncograph.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a kind of request (or several, in turn) from a fixed number of concurrent clients: a warm-up whose timings are
 * thrown away (every distinct request once, then a timed warm-up), then a measured window in which every request's
 * latency is kept, so percentiles come from the exact sorted samples. Each client walks the same list of requests
 * from its own offset, so hubs and the long tail are all exercised.
 */
final class LoadRun {

    /** One request; it must fully read its answer and fail (throw) on a wrong one. */
    @FunctionalInterface
    interface Call {
        /** Returns whether the answer came from the application's answer cache ({@code X-Cache: HIT}). */
        boolean run(int requestIndex) throws Exception;
    }

    /**
     * Latency percentiles (ms), throughput and share of cache hits of a measured window, and the CPU that the
     * application's JVM and the benchmark's own JVM (the clients, and the driver twin's client side) spent in that
     * window per measured request (ms; NaN where not measured), the application's also by kind of thread (at least
     * 0.01 ms). On 2 shared cores latency under 8 clients follows CPU, so these say which side, and which of the
     * application's parts (Tomcat's threads, Neo4j's Bolt workers, the driver's event loop, GC, JIT), a slower path
     * spends its time in.
     */
    record Outcome(long requests, long errors, double p50Ms, double p99Ms, double maxMs, double throughputPerS,
                   double cacheHitRatio, double appCpuMsPerRequest, double benchmarkCpuMsPerRequest,
                   Map<String, Double> appCpuMsPerRequestByThread) {
    }

    private final int clients;
    private final double warmupSeconds;
    private final double measureSeconds;
    private final long appPid;

    /** {@code appPid}: the application's process, whose CPU is read in each measured window (-1: none). */
    LoadRun(int clients, double warmupSeconds, double measureSeconds, long appPid) {
        this.clients = clients;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.appPid = appPid;
    }

    Outcome run(String name, int distinctRequests, Call call) throws InterruptedException {
        return run(name, distinctRequests, List.of(call)).get(0);
    }

    /**
     * Runs several kinds of call in one window: each client takes them in turn, each kind on the same request before
     * the next request, so every kind meets the same machine at the same moments (the same other clients, the same
     * noisy neighbours, the same JIT state), and also pays for the others' side effects, such as the garbage they
     * leave in the application (docs/performance.md). Returns one outcome per kind, in order; the CPU figures are
     * those of a window with one kind only (NaN, and no threads, when there are several).
     */
    List<Outcome> run(String name, int distinctRequests, List<Call> calls) throws InterruptedException {
        int kinds = calls.size();
        for (int k = 0; k < kinds; k++) {
            everyRequestOnce(kinds == 1 ? name : name + "#" + k, distinctRequests, calls.get(k));
        }
        // samples[client][kind], counts[client][kind]
        long[][][] samples = new long[clients][kinds][];
        int[][] counts = new int[clients][kinds];
        long[][] hits = new long[clients][kinds];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (measureSeconds * 1e9);
        // A request kind that never succeeds within the window (a machine too overloaded to answer any request in
        // time) is given up after this, and reported with no latencies, instead of looping until the error limit
        // stops the whole benchmark.
        long giveUpAt = measureTo + (long) (Math.max(60, 2 * measureSeconds) * 1e9);
        boolean[] measured = new boolean[clients];
        long[] measuredStart = new long[clients];
        long[] measuredEnd = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            for (int k = 0; k < kinds; k++) {
                samples[c][k] = new long[1 << 16];
            }
            Thread thread = new Thread(() -> {
                long[][] mine = samples[client];
                int[] n = counts[client];
                long step = 0;
                int request = client * 7919;
                try {
                    while (failure.get() == null) {
                        int kind = (int) (step % kinds);
                        long t0 = System.nanoTime();
                        if (kind == 0 && t0 >= measureTo && (n[0] > 0 || t0 >= giveUpAt)) {
                            break; // every client keeps at least one measured request, however slow, until giveUpAt
                        }
                        boolean hit;
                        try {
                            hit = calls.get(kind).run(Math.floorMod(request, distinctRequests));
                        } catch (Exception e) {
                            // A failed request (a 503 on an overloaded machine) is counted, never timed; the run
                            // stops only if most requests fail.
                            firstError.compareAndSet(null, e);
                            if (errors.incrementAndGet() > 100 && errors.get() > (long) n[kind] * 2 + 100) {
                                throw e;
                            }
                            continue;
                        } finally {
                            if (++step % kinds == 0) {
                                request++;
                            }
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (!measured[client]) {
                                measured[client] = true;
                                measuredStart[client] = t0;
                            }
                            if (n[kind] == mine[kind].length) {
                                mine[kind] = Arrays.copyOf(mine[kind], n[kind] * 2);
                            }
                            mine[kind][n[kind]++] = t1 - t0;
                            measuredEnd[client] = t1;
                            if (hit) {
                                hits[client][kind]++;
                            }
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, new IllegalStateException(name + " request " + request + " failed: " + e, e));
                } finally {
                    done.countDown();
                }
            }, "load-" + name + "-" + c);
            thread.start();
        }
        Map<String, Double> byThread = new TreeMap<>();
        double[] cpu = cpuInWindow(measureFrom, measureTo, byThread);
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get().getMessage(), failure.get());
        }
        if (firstError.get() != null) {
            Benchmark.log("%s: %d failed requests, the first: %s", name, errors.get(), firstError.get());
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int c = 0; c < clients; c++) {
            if (measured[c]) {
                first = Math.min(first, measuredStart[c]);
                last = Math.max(last, measuredEnd[c]);
            }
        }
        double seconds = (last - first) / 1e9;
        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            int total = 0;
            long kindHits = 0;
            for (int c = 0; c < clients; c++) {
                total += counts[c][k];
                kindHits += hits[c][k];
            }
            if (total == 0) {
                Benchmark.log("%s: no request succeeded in the measured window (%d failed); reported without latencies",
                        name, errors.get());
                outcomes.add(new Outcome(0, errors.get(), Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN,
                        Double.NaN, Map.of()));
                continue;
            }
            long[] all = new long[total];
            int offset = 0;
            for (int c = 0; c < clients; c++) {
                System.arraycopy(samples[c][k], 0, all, offset, counts[c][k]);
                offset += counts[c][k];
            }
            Arrays.sort(all);
            boolean alone = kinds == 1;
            outcomes.add(new Outcome(total, errors.get(), percentile(all, 50) / 1e6, percentile(all, 99) / 1e6,
                    all[all.length - 1] / 1e6, total / seconds, (double) kindHits / total,
                    alone ? 1000 * cpu[0] / total : Double.NaN, alone ? 1000 * cpu[1] / total : Double.NaN,
                    alone ? perRequest(byThread, total) : Map.of()));
        }
        return outcomes;
    }

    /**
     * CPU seconds the application and this JVM used between {@code from} and {@code to} (System.nanoTime), read
     * from /proc at both ends (10 ms resolution, against some 30 CPU seconds in a 15 s window); NaN where unknown.
     */
    private double[] cpuInWindow(long from, long to, Map<String, Double> appByThread) throws InterruptedException {
        long own = ProcessHandle.current().pid();
        sleepUntil(from);
        double appBefore = appPid < 0 ? -1 : Machine.cpuSeconds(appPid);
        Map<String, Double> threadsBefore = appPid < 0 ? Map.of() : Machine.cpuSecondsByThreadKind(appPid);
        double ownBefore = Machine.cpuSeconds(own);
        sleepUntil(to);
        double appAfter = appPid < 0 ? -1 : Machine.cpuSeconds(appPid);
        Map<String, Double> threadsAfter = appPid < 0 ? Map.of() : Machine.cpuSecondsByThreadKind(appPid);
        double ownAfter = Machine.cpuSeconds(own);
        threadsAfter.forEach((kind, seconds) -> appByThread.put(kind, seconds - threadsBefore.getOrDefault(kind, 0.0)));
        return new double[] {appBefore < 0 || appAfter < 0 ? Double.NaN : appAfter - appBefore,
                ownBefore < 0 || ownAfter < 0 ? Double.NaN : ownAfter - ownBefore};
    }

    /** Milliseconds per request of each kind of thread that used at least 0.01 ms per request, largest first. */
    private static Map<String, Double> perRequest(Map<String, Double> cpuSeconds, long requests) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        cpuSeconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> Map.entry(e.getKey(), Math.round(1e5 * e.getValue() / requests) / 100.0))
                .filter(e -> e.getValue() >= 0.01)
                .forEach(e -> perRequest.put(e.getKey(), e.getValue()));
        return perRequest;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /**
     * Work too long for a load run (a whole-graph computation), timed {@code times} times one after another, by one
     * client. A failure stops the benchmark: it is the answer the application gives too.
     */
    static Outcome serial(String name, int times, Runnable work) {
        long[] all = new long[times];
        long started = System.nanoTime();
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            work.run();
            all[i] = System.nanoTime() - t0;
            Benchmark.log("%s %d/%d: %.0f ms", name, i + 1, times, all[i] / 1e6);
        }
        Arrays.sort(all);
        return new Outcome(times, 0, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6, all[times - 1] / 1e6,
                times / ((System.nanoTime() - started) / 1e9), 0, Double.NaN, Double.NaN, Map.of());
    }

    /**
     * The first part of the warm-up: every distinct request once, shared among the clients, untimed. A request's
     * first run pays one-time costs (Neo4j plans its statements, replanned after an import has grown the graph; the
     * pages it reads come from disk; JIT), which on 2 cores take up to seconds: without this pass, whether they fall
     * in the measured window depends on how far the timed warm-up happened to get (see docs/performance.md).
     */
    private void everyRequestOnce(String name, int distinctRequests, Call call) throws InterruptedException {
        long started = System.nanoTime();
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int i = client; i < distinctRequests; i += clients) {
                    try {
                        call.run(i);
                    } catch (Exception e) {
                        failed.incrementAndGet(); // counted again, and timed, if it fails in the measured window
                    }
                }
            }, "first-" + name + "-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Benchmark.log("%s: every one of the %d distinct requests once in %.1f s (%d failed)", name, distinctRequests,
                (System.nanoTime() - started) / 1e9, failed.get());
    }

    /** Nearest-rank percentile of sorted samples. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
