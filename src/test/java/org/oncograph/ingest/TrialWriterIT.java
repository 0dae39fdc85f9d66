package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.oncograph.graph.ScratchGraph;

/**
 * {@link TrialWriter}'s shortcuts write the graph its plain merges would: trials new to the graph are created
 * outright (with their own relationships), rows shared by a batch are merged once, and the result does not depend on
 * how records are cut into batches. Two real embedded Neo4j graphs, compared property by property.
 */
class TrialWriterIT {

    private static final int RECORDS = 250;

    @TempDir
    static Path temp;

    private static ScratchGraph one;
    private static ScratchGraph other;
    private static List<TrialRecord> records;
    private static TrialMapper mapper;

    @BeforeAll
    static void startTwoGraphs() throws Exception {
        one = ScratchGraph.start(temp.resolve("one"));
        other = ScratchGraph.start(temp.resolve("other"));
        records = TargetLinkingQualityTest.sharedRecords().subList(0, RECORDS);
        mapper = new TrialMapper(Dictionaries.load());
    }

    @AfterAll
    static void stop() {
        one.close();
        other.close();
    }

    @BeforeEach
    void emptyGraphs() {
        one.clear();
        other.clear();
    }

    @Test
    void newTrialsAreCreatedAsTheSameGraphThatMergingOverExistingTrialsGives() {
        // In the other graph every trial exists already (bare, without a record hash): each record is an update there,
        // written by the MERGE statements; in the first graph each is new, written by the CREATE statements.
        other.driver().executableQuery("UNWIND $ids AS id CREATE (:Trial {nctId: id})")
                .withParameters(Map.of("ids", records.stream().map(TrialRecord::nctId).toList())).execute();

        TrialWriter.Result created = writer(one, 100).write(records);
        TrialWriter.Result merged = writer(other, 100).write(records);

        assertThat(created.created()).isEqualTo(RECORDS);
        assertThat(merged.updated()).isEqualTo(RECORDS);
        assertThat(created.rejected()).isEmpty();
        assertThat(merged.rejected()).isEmpty();
        assertThat(snapshot(one.driver())).isEqualTo(snapshot(other.driver()));
    }

    @Test
    void changedRecordsImportedAgainLeaveEachTrialAsAFreshImportOfTheChangedRecordsWould() {
        List<TrialRecord> changed = changed(records);
        writer(one, 100).write(records);
        TrialWriter.Result again = writer(one, 100).write(changed);
        TrialWriter.Result fresh = writer(other, 100).write(changed);

        assertThat(again.updated()).isEqualTo(RECORDS / 3 + 1);
        assertThat(again.unchanged()).isEqualTo(RECORDS - again.updated());
        assertThat(fresh.created()).isEqualTo(RECORDS);
        // Nodes and the facts about them (institution countries, dictionary targets) outlive the records that brought
        // them (docs/adr/0004); each trial and what its record states must be as if imported fresh.
        assertThat(trials(one.driver())).isEqualTo(trials(other.driver()));
    }

    @Test
    void theGraphDoesNotDependOnHowRecordsAreCutIntoBatches() {
        List<TrialRecord> some = records.subList(0, 120);
        writer(one, 1).write(some);
        writer(other, 120).write(some);
        writer(one, 1).write(changed(some));
        writer(other, 120).write(changed(some));

        assertThat(snapshot(one.driver())).isEqualTo(snapshot(other.driver()));
    }

    private static TrialWriter writer(ScratchGraph graph, int batch) {
        return new TrialWriter(graph.driver(), mapper, batch);
    }

    /** Every third record changed: another enrolment, a site and an intervention fewer, one condition more. */
    private static List<TrialRecord> changed(List<TrialRecord> records) {
        List<TrialRecord> result = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            TrialRecord r = records.get(i);
            if (i % 3 != 0) {
                result.add(r);
                continue;
            }
            List<String> conditions = new ArrayList<>(r.conditions());
            conditions.add("Changed Condition " + i);
            result.add(new TrialRecord(r.nctId(), r.file(), r.briefTitle(), r.officialTitle(), r.briefSummary(),
                    r.phases(), r.status(), r.startDate(), r.completionDate(),
                    r.enrollment() == null ? 1 : r.enrollment() + 1, r.studyType(), r.minimumAge(), r.maximumAge(),
                    r.stdAges(), r.arms(), conditions, r.interventions().subList(0, Math.max(0,
                    r.interventions().size() - 1)), r.leadSponsor(), r.collaborators(),
                    r.sites().subList(0, Math.max(0, r.sites().size() - 1)), r.references(), r.officials()));
        }
        return result;
    }

    /**
     * Every node and relationship with all its properties, sorted. Lists of sources are compared as sets: a dictionary
     * link keeps its sources in the order records were retracted and written, which batching may change.
     */
    private static List<String> snapshot(Driver driver) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p").execute().records()
                .forEach(r -> lines.add(r.get("labels").asList(Value::asString) + " " + properties(r.get("p"))));
        driver.executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, properties(r) AS p, labels(a) AS la, properties(a) AS a,
                       labels(b) AS lb, properties(b) AS b""").execute().records()
                .forEach(r -> lines.add(key(r.get("la"), r.get("a")) + " -[" + r.get("type").asString() + " "
                        + properties(r.get("p")) + "]-> " + key(r.get("lb"), r.get("b"))));
        lines.sort(null);
        return lines;
    }

    /** Each trial with its properties and the relationships its own record states (sourced by it). */
    private static List<String> trials(Driver driver) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("""
                MATCH (t:Trial)
                OPTIONAL MATCH (t)-[r]-(x) WHERE 'ctgov:' + t.nctId IN r.sources
                RETURN properties(t) AS t, type(r) AS type, startNode(r) = t AS out, properties(r) AS p,
                       labels(x) AS lx, properties(x) AS x""").execute().records()
                .forEach(r -> lines.add(properties(r.get("t")) + (r.get("type").isNull() ? "" : " "
                        + (r.get("out").asBoolean() ? "-[" : "<-[") + r.get("type").asString() + " "
                        + properties(r.get("p")) + "]- " + key(r.get("lx"), r.get("x")))));
        lines.sort(null);
        return lines;
    }

    private static String key(Value labels, Value properties) {
        Map<String, Object> p = properties.asMap();
        Object id = p.getOrDefault("id", p.getOrDefault("nctId", p.getOrDefault("symbol", p.get("code"))));
        return labels.asList(Value::asString) + ":" + id;
    }

    private static String properties(Value value) {
        Map<String, Object> sorted = new TreeMap<>(value.asMap());
        if (sorted.get("sources") instanceof List<?> sources) {
            List<String> set = new ArrayList<>(sources.stream().map(String::valueOf).toList());
            set.sort(null);
            sorted.put("sources", set);
        }
        return sorted.toString();
    }
}
