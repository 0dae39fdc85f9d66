package org.oncograph.explore;

import java.time.Duration;
import java.util.List;

import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.ReferenceResolver;

/**
 * For the benchmark only: search, neighbourhood, paths and stats as the controller runs them (same services, same
 * statements, read transactions), minus HTTP. Stats are computed on every call: the whole computation that the API runs in the
 * background once per change to the graph.
 */
public final class ExploreTwin {

    private final GraphReads reads;
    private final ReferenceResolver resolver;
    private final SearchService search;
    private final NeighbourhoodService neighbourhoods;
    private final PathService paths;
    private final StatsService stats;

    public ExploreTwin(GraphReads reads, ReferenceResolver resolver) {
        this.reads = reads;
        this.resolver = resolver;
        this.search = new SearchService(reads);
        this.neighbourhoods = new NeighbourhoodService(reads);
        this.paths = new PathService(reads);
        // Never started: computeNow runs in the caller's thread.
        this.stats = new StatsService(reads, Duration.ZERO, Duration.ofMinutes(5), Duration.ZERO,
                java.time.Clock.systemUTC(), java.util.concurrent.Executors.newSingleThreadExecutor());
    }

    public int search(String text) {
        return search.search(text, null, 10).items().size();
    }

    public int neighbourhood(String ref, int depth) {
        var center = resolver.resolve("ref", ref, EntityType.referable());
        return neighbourhoods.neighbourhood(center, depth, NeighbourhoodService.DEFAULT_LIMIT, List.of())
                .graph().elements().nodes().size();
    }

    public int paths(String from, String to) {
        var start = resolver.resolve("from", from, EntityType.referable());
        var end = resolver.resolve("to", to, EntityType.referable());
        return paths.paths(start, end, PathService.DEFAULT_LENGTH, 5).paths().size();
    }

    public Object stats() {
        return stats.computeNow();
    }
}
