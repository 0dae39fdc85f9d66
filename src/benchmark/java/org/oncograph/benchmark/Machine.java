package org.oncograph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: cores, memory, CPU, JDK, OS and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory_gib", Math.round(memTotalKib() / 1024.0 / 1024.0 * 10) / 10.0);
        machine.put("cpu", cpuModel());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return machine;
    }

    /** The 1-minute load average (runnable processes, averaged): above the core count the machine was busy. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU seconds (user + system) a process has used so far, from {@code /proc/<pid>/stat}; -1 where unknown. On a
     * shared machine, the CPU an import costs is a steadier figure than its wall time.
     */
    static double cpuSeconds(long pid) {
        try {
            return cpuSeconds(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A thread's kind (its name without its digits) and the CPU seconds (user + system) it has used so far. */
    record ThreadCpu(String kind, double seconds) {
    }

    /**
     * The CPU each live thread of a process has used so far, by thread id, with its kind: the thread's name without
     * its digits ({@code http-nio--exec-} for Tomcat's, {@code neo4j.BoltWorke} for Neo4j's Bolt workers; Linux keeps
     * 15 characters). A thread that has ended is not listed. Empty where unknown.
     */
    static Map<Long, ThreadCpu> cpuSecondsByThread(long pid) {
        Map<Long, ThreadCpu> byThread = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    byThread.put(Long.parseLong(task.getFileName().toString()),
                            new ThreadCpu(name.replaceAll("[0-9]", ""), cpuSeconds(stat)));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return byThread;
    }

    /** User + system CPU seconds of a process's or a thread's {@code stat} line. */
    private static double cpuSeconds(String stat) {
        // Fields after the command name (which may contain spaces) start with the state, field 3.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in USER_HZ (100)
    }

    /**
     * Bytes a process has read so far, from {@code /proc/<pid>/io}: {@code rchar} counts every read call (for the
     * embedded Neo4j, pages brought into its page cache, whether the OS had them cached or not) and
     * {@code read_bytes} what came from the disk. {-1, -1} where unknown.
     */
    static long[] readBytes(long pid) {
        try {
            long rchar = -1;
            long disk = -1;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/io"))) {
                if (line.startsWith("rchar:")) {
                    rchar = Long.parseLong(line.substring(6).trim());
                } else if (line.startsWith("read_bytes:")) {
                    disk = Long.parseLong(line.substring(11).trim());
                }
            }
            return new long[] {rchar, disk};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * Runs a full garbage collection in the JVM {@code pid} ({@code jcmd <pid> GC.run}), so that the heap it uses next
     * is what it holds live. Returns whether it ran.
     */
    static boolean fullGc(long pid) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long memTotalKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: fall through
        }
        return Runtime.getRuntime().maxMemory() / 1024;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }
}
