package org.oncograph.benchmark.baseline;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Loads a sample of trials the naive way ({@code repository.saveAll} of mapped entities) and reports how many
 * entities (nodes + relationships) per second that achieves. Shared entities (a therapy tested by several trials)
 * are one Java object, so SDN saves each once per call, which is the baseline at its best.
 */
public final class SaveAllBaseline {

    /** How a benchmark trial becomes baseline entities; the benchmark supplies it from its generator. */
    public interface Mapper<T> {
        BaselineEntities.Trial map(T trial, Entities entities);
    }

    /** Deduplicates entities of the sample by key, so shared ones are shared objects. */
    public static final class Entities {
        private final Map<String, Object> byKey = new HashMap<>();

        @SuppressWarnings("unchecked")
        public <E> E get(String key, Function<String, E> create) {
            // Not computeIfAbsent: creating a therapy looks up its antigens in this same map.
            Object existing = byKey.get(key);
            if (existing == null) {
                existing = create.apply(key);
                byKey.put(key, existing);
            }
            return (E) existing;
        }
    }

    /** What the baseline wrote and how fast. */
    public record Result(int trials, long entities, double seconds) {
        public double entitiesPerSecond() {
            return seconds == 0 ? 0 : entities / seconds;
        }
    }

    private static final List<String> CONSTRAINTS = List.of(
            "CREATE CONSTRAINT baseline_trial IF NOT EXISTS FOR (n:BaselineTrial) REQUIRE n.nctId IS UNIQUE",
            "CREATE CONSTRAINT baseline_therapy IF NOT EXISTS FOR (n:BaselineTherapy) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT baseline_antigen IF NOT EXISTS FOR (n:BaselineAntigen) REQUIRE n.symbol IS UNIQUE",
            "CREATE CONSTRAINT baseline_cancer IF NOT EXISTS FOR (n:BaselineCancer) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT baseline_institution IF NOT EXISTS FOR (n:BaselineInstitution) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT baseline_person IF NOT EXISTS FOR (n:BaselinePerson) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT baseline_publication IF NOT EXISTS FOR (n:BaselinePublication) REQUIRE n.id IS UNIQUE");

    private SaveAllBaseline() {
    }

    public static <T> Result run(URI bolt, Driver driver, List<T> warmup, List<T> sample, Mapper<T> mapper) {
        CONSTRAINTS.forEach(c -> driver.executableQuery(c).execute());
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        BaselineConfig.uri = bolt;
        try (var context = new AnnotationConfigApplicationContext(BaselineConfig.class)) {
            BaselineTrialRepository repository = context.getBean(BaselineTrialRepository.class);
            repository.saveAll(map(warmup, mapper));
            List<BaselineEntities.Trial> trials = map(sample, mapper);
            long before = count(driver);
            long started = System.nanoTime();
            repository.saveAll(trials);
            double seconds = (System.nanoTime() - started) / 1e9;
            long entities = count(driver) - before;
            return new Result(sample.size(), entities, seconds);
        } finally {
            clean(driver);
        }
    }

    private static <T> List<BaselineEntities.Trial> map(List<T> trials, Mapper<T> mapper) {
        Entities entities = new Entities();
        List<BaselineEntities.Trial> mapped = new ArrayList<>(trials.size());
        trials.forEach(t -> mapped.add(mapper.map(t, entities)));
        return mapped;
    }

    private static long count(Driver driver) {
        // Both counts come from Neo4j's count store: no scan.
        long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get(0).asLong();
        long rels = driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS n").execute().records().get(0).get(0)
                .asLong();
        return nodes + rels;
    }

    private static void clean(Driver driver) {
        for (String label : List.of("BaselineTrial", "BaselineTherapy", "BaselineAntigen", "BaselineCancer",
                "BaselineInstitution", "BaselinePerson", "BaselinePublication")) {
            try (var session = driver.session()) { // CALL IN TRANSACTIONS needs an auto-commit transaction
                session.run("MATCH (n:" + label + ") CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
            }
        }
        CONSTRAINTS.forEach(c -> driver.executableQuery(
                "DROP CONSTRAINT " + c.split(" ")[2] + " IF EXISTS").execute());
    }
}
