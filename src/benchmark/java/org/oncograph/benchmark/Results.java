package org.oncograph.benchmark;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shape of {@code target/benchmark/results.json}, exactly as issue 6 defines it. */
record Results(Map<String, Object> machine, Scale scale, @JsonProperty("import") Import importSpeed,
               List<Query> queries) {

    record Scale(long nodes, long relationships) {
    }

    record Import(@JsonProperty("entities_per_s") double entitiesPerS, String baseline,
                  @JsonProperty("baseline_entities_per_s") double baselineEntitiesPerS) {
    }

    /**
     * One question. p50, p99 and throughput are the default path (the answer cache on, as users get it); the
     * {@code uncached_*} figures are the same requests with {@code Cache-Control: no-cache} (the full query every
     * time), null for the statistics, which have their own cache; the hit ratio is the share of measured default
     * requests answered {@code X-Cache: HIT}. The overhead ratio is what HTTP, Spring and JSON add to the same query:
     * no-cache HTTP p50 over driver p50, with 8 clients, each way measured in windows of its own that alternate (ABBA),
     * its p50 taken over all of its windows; {@code overhead_round_ratios} are the same ratio round by round, which
     * show how far it moves on this machine (docs/performance.md).
     */
    record Query(String name, @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p99_ms") double p99Ms,
                 @JsonProperty("throughput_per_s") double throughputPerS,
                 @JsonProperty("driver_p50_ms") double driverP50Ms,
                 @JsonProperty("overhead_ratio") double overheadRatio,
                 @JsonProperty("uncached_p50_ms") Double uncachedP50Ms,
                 @JsonProperty("uncached_p99_ms") Double uncachedP99Ms,
                 @JsonProperty("uncached_throughput_per_s") Double uncachedThroughputPerS,
                 @JsonProperty("cache_hit_ratio") Double cacheHitRatio,
                 @JsonProperty("overhead_round_ratios") List<Double> overheadRoundRatios) {
    }
}
