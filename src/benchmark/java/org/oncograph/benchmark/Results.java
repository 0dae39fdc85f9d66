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

    record Query(String name, @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p99_ms") double p99Ms,
                 @JsonProperty("throughput_per_s") double throughputPerS,
                 @JsonProperty("driver_p50_ms") double driverP50Ms,
                 @JsonProperty("overhead_ratio") double overheadRatio) {
    }
}
