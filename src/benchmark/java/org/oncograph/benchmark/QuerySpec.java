package org.oncograph.benchmark;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * One API question measured twice: over HTTP against the application, and as the same Cypher statements run by
 * the raw driver in a read transaction, with the same parameters, so that the difference is the API's own cost.
 *
 * @param name        the name in results.json
 * @param httpPaths   the request paths (with query strings) the clients cycle through
 * @param raw         the same reads through the driver, for request {@code i}
 * @param answerCache whether the application's answer cache serves it, so that it is measured twice over HTTP:
 *                    as users get it, and with {@code Cache-Control: no-cache} (the full query every time)
 */
record QuerySpec(String name, List<String> httpPaths, RawCall raw, boolean answerCache) {

    QuerySpec(String name, List<String> httpPaths, RawCall raw) {
        this(name, httpPaths, raw, true);
    }

    /** Request {@code i} over HTTP against the application at {@code baseUrl}, with {@code no-cache} if asked. */
    LoadRun.Call overHttp(String baseUrl, boolean noCache) {
        return i -> Benchmark.get(baseUrl + httpPaths.get(i), noCache);
    }

    /** The driver twin of request {@code i}, as a call of a load run (never a cache hit). */
    LoadRun.Call throughDriver(Driver driver) {
        return i -> {
            raw.run(driver, i);
            return false;
        };
    }

    /** The driver-side twin of HTTP request {@code i}. */
    @FunctionalInterface
    interface RawCall {
        void run(Driver driver, int i);
    }

    static Map<String, Object> params(Object... keysAndValues) {
        var map = new java.util.HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
