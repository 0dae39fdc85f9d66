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
 * Runs a kind of request from a fixed number of concurrent clients: a warm-up whose timings are thrown away (every
 * distinct request once, then a timed warm-up), then a measured window in which every request's latency is kept, so
 * percentiles come from the exact sorted samples. Each client walks the same list of requests from its own offset,
 * so hubs and the long tail are all exercised. Two kinds compared with each other are measured in alternating
 * windows ({@link #alternate}).
 */
final class LoadRun {

    /** The kind of thread under which the CPU of threads that ended inside a window is counted. */
    static final String ENDED_THREADS = "(threads that ended)";

    /** One request; it must fully read its answer and fail (throw) on a wrong one. */
    @FunctionalInterface
    interface Call {
        /** Returns whether the answer came from the application's answer cache ({@code X-Cache: HIT}). */
        boolean run(int requestIndex) throws Exception;
    }

    /**
     * Latency percentiles (ms), throughput and share of cache hits of the measured windows, and the CPU that the
     * application's JVM and the benchmark's own JVM (the clients, and the driver twin's client side) spent in them
     * per measured request (ms; NaN where not measured), the application's also by kind of thread (at least
     * 0.01 ms). On 2 shared cores latency under 8 clients follows CPU, so these say which side, and which of the
     * application's parts (Tomcat's threads, Neo4j's Bolt workers, the driver's event loop, GC, JIT), a slower path
     * spends its time in.
     */
    record Outcome(long requests, long errors, double p50Ms, double p99Ms, double maxMs, double throughputPerS,
                   double cacheHitRatio, double appCpuMsPerRequest, double benchmarkCpuMsPerRequest,
                   Map<String, Double> appCpuMsPerRequestByThread) {
    }

    /**
     * Two kinds measured in alternating windows: each outcome pools its kind's windows, and {@code roundRatios} are
     * the p50 of the first kind over that of the second, round by round, which show how far the ratio moves.
     */
    record Paired(Outcome first, Outcome second, List<Double> roundRatios) {
    }

    /** One measured window, before it is summarised: latencies sorted (ns), CPU seconds in the window. */
    private record Window(long[] latencies, long hits, long errors, double seconds, double appCpu, double ownCpu,
                          Map<String, Double> appCpuByThread) {
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
        everyRequestOnce(name, distinctRequests, call);
        return outcome(name, List.of(window(name, distinctRequests, call)));
    }

    /**
     * Measures two kinds of request in {@code rounds} pairs of windows, one kind alone in each, in the order ABBA
     * ABBA...: a ratio of two single windows also carries whatever the machine did between them (on this virtual
     * machine the same statements cost Neo4j up to 22% more CPU in one window than in the next), and alternating
     * spreads that drift over both kinds, where measuring both in one window would make each pay for the other's
     * garbage and threads (docs/performance.md).
     */
    Paired alternate(String name, int distinctRequests, Call first, Call second, int rounds, String firstName,
                     String secondName) throws InterruptedException {
        everyRequestOnce(name + "-" + firstName, distinctRequests, first);
        everyRequestOnce(name + "-" + secondName, distinctRequests, second);
        List<Window> firsts = new ArrayList<>();
        List<Window> seconds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean firstFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isFirst = (turn == 0) == firstFirst;
                String window = "%s-%s (round %d of %d)".formatted(name, isFirst ? firstName : secondName, round + 1,
                        rounds);
                Window measured = window(window, distinctRequests, isFirst ? first : second);
                Benchmark.log("%s: p50 %.2f ms, %,d requests, CPU ms/request application %.2f benchmark %.2f", window,
                        p50Ms(measured), measured.latencies().length, 1000 * measured.appCpu()
                                / measured.latencies().length, 1000 * measured.ownCpu() / measured.latencies().length);
                (isFirst ? firsts : seconds).add(measured);
            }
            ratios.add(Math.round(100 * p50Ms(firsts.get(round)) / p50Ms(seconds.get(round))) / 100.0);
        }
        return new Paired(outcome(name + "-" + firstName, firsts), outcome(name + "-" + secondName, seconds), ratios);
    }

    private static double p50Ms(Window window) {
        return window.latencies().length == 0 ? Double.NaN : percentile(window.latencies(), 50) / 1e6;
    }

    /** The windows of one kind pooled: their latencies together, their requests over their summed durations. */
    private static Outcome outcome(String name, List<Window> windows) {
        long[] all = windows.stream().flatMapToLong(w -> Arrays.stream(w.latencies())).sorted().toArray();
        long errors = windows.stream().mapToLong(Window::errors).sum();
        if (all.length == 0) {
            Benchmark.log("%s: no request succeeded in the measured window (%d failed); reported without latencies",
                    name, errors);
            return new Outcome(0, errors, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN, Map.of());
        }
        double seconds = windows.stream().mapToDouble(Window::seconds).sum();
        long hits = windows.stream().mapToLong(Window::hits).sum();
        Map<String, Double> byThread = new TreeMap<>();
        windows.forEach(w -> w.appCpuByThread().forEach((kind, cpu) -> byThread.merge(kind, cpu, Double::sum)));
        int total = all.length;
        return new Outcome(total, errors, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6,
                all[total - 1] / 1e6, total / seconds, (double) hits / total,
                1000 * windows.stream().mapToDouble(Window::appCpu).sum() / total,
                1000 * windows.stream().mapToDouble(Window::ownCpu).sum() / total, perRequest(byThread, total));
    }

    /** A timed warm-up, then one measured window. */
    private Window window(String name, int distinctRequests, Call call) throws InterruptedException {
        long[][] samples = new long[clients][];
        int[] counts = new int[clients];
        long[] hits = new long[clients];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong measuredErrors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (measureSeconds * 1e9);
        // A request kind that never succeeds within the window (a machine too overloaded to answer any request in
        // time) is given up after this, and reported with no latencies, instead of looping until the error limit
        // stops the whole benchmark.
        long giveUpAt = measureTo + (long) (Math.max(60, 2 * measureSeconds) * 1e9);
        long[] measuredStart = new long[clients];
        long[] measuredEnd = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            samples[c] = new long[1 << 16];
            Thread thread = new Thread(() -> {
                int request = client * 7919;
                try {
                    while (failure.get() == null) {
                        long t0 = System.nanoTime();
                        if (t0 >= measureTo && (counts[client] > 0 || t0 >= giveUpAt)) {
                            break; // every client keeps at least one measured request, however slow, until giveUpAt
                        }
                        boolean hit;
                        try {
                            hit = call.run(Math.floorMod(request++, distinctRequests));
                        } catch (Exception e) {
                            // A failed request (a 503 on an overloaded machine) is counted, never timed; the run
                            // stops only if most requests fail.
                            firstError.compareAndSet(null, e);
                            if (t0 >= measureFrom) {
                                measuredErrors.incrementAndGet();
                            }
                            if (errors.incrementAndGet() > 100 && errors.get() > (long) counts[client] * 2 + 100) {
                                throw e;
                            }
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (counts[client] == 0) {
                                measuredStart[client] = t0;
                            }
                            if (counts[client] == samples[client].length) {
                                samples[client] = Arrays.copyOf(samples[client], counts[client] * 2);
                            }
                            samples[client][counts[client]++] = t1 - t0;
                            measuredEnd[client] = t1;
                            if (hit) {
                                hits[client]++;
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
            Benchmark.log("%s: %d failed requests (%d in the measured window), the first: %s", name, errors.get(),
                    measuredErrors.get(), firstError.get());
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int total = 0;
        long allHits = 0;
        for (int c = 0; c < clients; c++) {
            if (counts[c] > 0) {
                first = Math.min(first, measuredStart[c]);
                last = Math.max(last, measuredEnd[c]);
            }
            total += counts[c];
            allHits += hits[c];
        }
        long[] all = new long[total];
        int offset = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(samples[c], 0, all, offset, counts[c]);
            offset += counts[c];
        }
        Arrays.sort(all);
        return new Window(all, allHits, measuredErrors.get(), total == 0 ? 0 : (last - first) / 1e9, cpu[0], cpu[1],
                byThread);
    }

    /**
     * CPU seconds the application and this JVM used between {@code from} and {@code to} (System.nanoTime), read
     * from /proc at both ends (10 ms resolution, against some 30 CPU seconds in a 15 s window); NaN where unknown.
     */
    private double[] cpuInWindow(long from, long to, Map<String, Double> appByThread) throws InterruptedException {
        long own = ProcessHandle.current().pid();
        sleepUntil(from);
        double appBefore = appPid < 0 ? -1 : Machine.cpuSeconds(appPid);
        Map<Long, Machine.ThreadCpu> threadsBefore = appPid < 0 ? Map.of() : Machine.cpuSecondsByThread(appPid);
        double ownBefore = Machine.cpuSeconds(own);
        sleepUntil(to);
        double appAfter = appPid < 0 ? -1 : Machine.cpuSeconds(appPid);
        Map<Long, Machine.ThreadCpu> threadsAfter = appPid < 0 ? Map.of() : Machine.cpuSecondsByThread(appPid);
        double ownAfter = Machine.cpuSeconds(own);
        double app = appBefore < 0 || appAfter < 0 ? Double.NaN : appAfter - appBefore;
        threadsAfter.forEach((id, now) -> {
            Machine.ThreadCpu then = threadsBefore.get(id);
            boolean same = then != null && then.kind().equals(now.kind()) && then.seconds() <= now.seconds();
            appByThread.merge(now.kind(), same ? now.seconds() - then.seconds() : now.seconds(), Double::sum);
        });
        // Thread by thread, not kind by kind: a pool's thread that ended in the window took all its CPU out of its
        // kind's sum, and the kind read about 40% low (Bolt workers in the driver's search windows of run U,
        // docs/performance.md). What threads that ended used in the window is still in the process's total: the
        // rest is theirs.
        double counted = appByThread.values().stream().mapToDouble(Double::doubleValue).sum();
        if (app - counted > 0) {
            appByThread.put(ENDED_THREADS, app - counted);
        }
        return new double[] {app, ownBefore < 0 || ownAfter < 0 ? Double.NaN : ownAfter - ownBefore};
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
