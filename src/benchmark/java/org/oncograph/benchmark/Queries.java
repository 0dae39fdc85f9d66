package org.oncograph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neo4j.driver.Driver;
import org.oncograph.explore.ExploreTwin;
import org.oncograph.graph.ApiTwin;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.therapy.TherapyTwin;
import org.oncograph.web.NotFoundException;

/**
 * The API questions of issue 6, each with a fixed, seeded mix of requests (the hubs CD19 and PD-1, the busiest
 * therapy and institution, and a long tail drawn at random) and its raw-driver twin: the same services and
 * statements run on a plain driver.
 */
final class Queries {

    private static final int TAIL = 200;

    /** The questions {@link #all} builds, in its order. */
    static final List<String> NAMES = List.of("antigen-therapies", "search", "neighbourhood", "paths", "stats");

    private Queries() {
    }

    /**
     * The slug of a random institution that is in the graph. Institutions exist only as some trial's sponsor or site,
     * so at small scales many of the generated ones are not (the long tail of 100,000), and a request for one is a
     * 404: those are drawn again. Where every drawn institution is in the graph, the mix is the one it was before.
     */
    private static String loadedInstitution(SyntheticRegistry registry, ReferenceResolver resolver,
                                            SplittableRandom random) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String slug = SyntheticRegistry.slug(
                    registry.institution(random.nextInt(registry.shape().institutions())).name());
            try {
                resolver.resolve("ref", slug, EntityType.INSTITUTION);
                return slug;
            } catch (NotFoundException notLoaded) {
                Benchmark.log("neighbourhood mix: institution %s is not in the graph, drawn again", slug);
            }
        }
        throw new IllegalStateException("no institution of the registry was found in the graph in 1,000 draws");
    }

    static List<QuerySpec> all(SyntheticRegistry registry, Driver driver) {
        var reads = ApiTwin.reads(driver);
        var resolver = ApiTwin.resolver(reads);
        var therapies = new TherapyTwin(reads, resolver);
        var explore = new ExploreTwin(reads, resolver);
        var shape = registry.shape();
        SplittableRandom random = new SplittableRandom(registry.seed());

        // antigen-therapies: the 20 biggest antigens (hubs first), then the long tail.
        List<String> antigens = new ArrayList<>();
        for (int rank = 0; rank < 20; rank++) {
            antigens.add(registry.antigen(rank).symbol());
        }
        for (int i = 0; i < TAIL; i++) {
            antigens.add(registry.antigen(random.nextInt(shape.antigens())).symbol());
        }

        // search: what people type: symbols, cancer and therapy names, institutions, word prefixes.
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < TAIL / 4; i++) {
            terms.add(registry.antigen(random.nextInt(Math.min(60, shape.antigens()))).symbol());
            terms.add(registry.cancer(random.nextInt(shape.cancers())).name());
            String therapy = registry.therapy(random.nextInt(shape.therapies())).name();
            terms.add(therapy.length() > 6 && random.nextBoolean() ? therapy.substring(0, 5) : therapy);
            terms.add(registry.institution(random.nextInt(shape.institutions())).name());
        }
        terms.addAll(List.of("lymphoma", "CAR T", "glyp", "leukemia", "checkpoint"));

        // neighbourhood: hubs (CD19, PD-1, the busiest therapy and site) and random entities of every kind.
        List<String[]> centres = new ArrayList<>();
        centres.add(new String[] {"CD19", "1"});
        centres.add(new String[] {"PDCD1", "2"});
        centres.add(new String[] {SyntheticRegistry.slug(registry.therapy(0).name()), "1"});
        centres.add(new String[] {SyntheticRegistry.slug(registry.institution(0).name()), "2"});
        for (int i = 0; i < TAIL / 4; i++) {
            String depth = Integer.toString(1 + random.nextInt(2));
            centres.add(new String[] {registry.antigen(random.nextInt(shape.antigens())).symbol(), depth});
            centres.add(new String[] {SyntheticRegistry.slug(registry.therapy(random.nextInt(shape.therapies())).name()),
                    depth});
            centres.add(new String[] {registry.trial(random.nextInt(shape.trials())).nctId(), depth});
            centres.add(new String[] {loadedInstitution(registry, resolver, random), depth});
        }

        // paths: between entities a user would relate: a trial and an antigen, a therapy and a cancer, an antigen
        // and a trial's site; hubs included.
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < TAIL; i++) {
            var trial = registry.trial(random.nextInt(shape.trials()));
            var therapy = registry.therapy(trial.therapies().get(0));
            String antigen = therapy.targets().isEmpty() ? "CD19" : registry.antigen(therapy.targets().get(0)).symbol();
            switch (i % 3) {
                case 0 -> pairs.add(new String[] {trial.nctId(), antigen});
                case 1 -> pairs.add(new String[] {SyntheticRegistry.slug(therapy.name()),
                        registry.cancer(trial.cancers().get(0)).name()});
                default -> pairs.add(new String[] {antigen, SyntheticRegistry.slug(
                        registry.institution(trial.sites().get(0)).name())});
            }
        }

        List<String> antigenPaths = antigens.stream().map(a -> "/api/v1/antigens/" + Benchmark.encode(a) + "/therapies")
                .toList();
        List<String> searchPaths = terms.stream().map(t -> "/api/v1/search?q=" + Benchmark.encode(t)).toList();
        List<String> neighbourhoodPaths = centres.stream()
                .map(c -> "/api/v1/graph/neighbourhood?ref=" + Benchmark.encode(c[0]) + "&depth=" + c[1]).toList();
        List<String> pathPaths = pairs.stream()
                .map(p -> "/api/v1/paths?from=" + Benchmark.encode(p[0]) + "&to=" + Benchmark.encode(p[1])).toList();
        return List.of(
                new QuerySpec("antigen-therapies", antigenPaths, (d, i) -> therapies.antigenTherapies(antigens.get(i))),
                new QuerySpec("search", searchPaths, (d, i) -> explore.search(terms.get(i))),
                new QuerySpec("neighbourhood", neighbourhoodPaths,
                        (d, i) -> explore.neighbourhood(centres.get(i)[0], Integer.parseInt(centres.get(i)[1]))),
                new QuerySpec("paths", pathPaths, (d, i) -> explore.paths(pairs.get(i)[0], pairs.get(i)[1])),
                // The statistics have their own cache (StatsService), which no-cache does not bypass.
                new QuerySpec("stats", List.of("/api/v1/stats"), (d, i) -> explore.stats(), false));
    }
}
