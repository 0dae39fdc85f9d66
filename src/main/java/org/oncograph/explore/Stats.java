package org.oncograph.explore;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Counts and the aggregates dashboards chart, computed together and cached (see {@link StatsService}).
 *
 * @param computedAt          when these figures were read from the graph
 * @param nodes               node count per label
 * @param relationships       relationship count per type
 * @param therapiesPerAntigen antigens by number of therapies targeting them, most first (top 50)
 * @param trialsPerPhase      trials per (highest) phase
 * @param trialsPerStatus     trials per overall status
 * @param trialsPerCountry    trials with a site or sponsor in the country, most first (top 50)
 * @param trialsPerModality   trials testing a therapy of the modality (its own modality, not rolled up)
 * @param cancersByTherapies  cancers by number of distinct therapies linked to them (studied-for or trial), top 50
 * @param upToDate            false while these are the previous figures and new ones are being computed after a
 *                            change to the graph (see {@link StatsService})
 */
public record Stats(Instant computedAt, Map<String, Long> nodes, Map<String, Long> relationships,
                    List<Bucket> therapiesPerAntigen, List<Bucket> trialsPerPhase, List<Bucket> trialsPerStatus,
                    List<Bucket> trialsPerCountry, List<Bucket> trialsPerModality, List<Bucket> cancersByTherapies,
                    boolean upToDate) {

    /** These figures, served while newer ones are being computed. */
    Stats notUpToDate() {
        return new Stats(computedAt, nodes, relationships, therapiesPerAntigen, trialsPerPhase, trialsPerStatus,
                trialsPerCountry, trialsPerModality, cancersByTherapies, false);
    }

    /**
     * One bar of a chart.
     *
     * @param key  the key of the entity or the value counted ({@code GPC3}, {@code PHASE1})
     * @param name a readable name, when the key is an entity's
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(String key, String name, long count) {
    }
}
