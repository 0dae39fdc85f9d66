package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.GraphInitializer;
import org.oncograph.graph.GraphSnapshot;
import org.oncograph.graph.ReferenceResolver;
import org.springframework.beans.factory.annotation.Autowired;

/** Imports all 1,025 shared ClinicalTrials.gov records into a real embedded Neo4j, twice, and checks the graph. */
@IngestIntegrationTest
class CtgovImportIT {

    private static final String COUNTS = """
            MATCH (n) OPTIONAL MATCH (n)-[r]->()
            RETURN count(DISTINCT n) AS nodes, count(r) AS relationships""";

    private static ImportReport first;

    @Autowired
    Driver driver;

    @Autowired
    CtgovImporter importer;

    @Autowired
    ReferenceResolver resolver;

    @Autowired
    GraphInitializer initializer;

    private List<Record> query(String cypher) {
        return driver.executableQuery(cypher).execute().records();
    }

    @BeforeEach
    void importTheSharedRecordsOnce() {
        synchronized (CtgovImportIT.class) {
            if (first == null) {
                first = importer.importPath(TargetLinkingQualityTest.SHARED);
            }
        }
    }

    @Test
    void everySharedRecordImportsAsOneTrial() throws Exception {
        assertThat(first.rejected()).isEmpty();
        assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(1025);
        List<String> ids = new java.util.ArrayList<>();
        for (String folder : List.of("v2", "legacy-xml")) {
            try (var files = Files.list(TargetLinkingQualityTest.SHARED.resolve(folder))) {
                files.forEach(f -> ids.add(f.getFileName().toString().replaceAll("\\..*$", "")));
            }
        }
        assertThat(ids).hasSize(1025);
        var trials = driver.executableQuery("""
                MATCH (t:Trial) WHERE t.nctId IN $ids
                RETURN count(t) AS trials, count(DISTINCT t.nctId) AS ids,
                       count { MATCH (s:Source) WHERE s.id IN [i IN $ids | 'ctgov:' + i] } AS sources""")
                .withParameters(Map.of("ids", ids)).execute().records().get(0);
        assertThat(trials.get("trials").asInt()).isEqualTo(1025);
        assertThat(trials.get("ids").asInt()).isEqualTo(1025);
        assertThat(trials.get("sources").asInt()).isEqualTo(1025);
        var trial = query("""
                MATCH (t:Trial {nctId: 'NCT02395250'})
                RETURN t.phases AS phases, t.status AS status, t.startDate AS start, t.enrollment AS enrollment,
                       t.stdAges AS ages, t.sources AS sources""").get(0);
        assertThat(trial.get("phases").asList(v -> v.asString())).containsExactly("PHASE1");
        assertThat(trial.get("start").asString()).isEqualTo("2015-03");
        assertThat(trial.get("enrollment").asInt()).isEqualTo(13);
        assertThat(trial.get("sources").asList(v -> v.asString())).containsExactly("ctgov:NCT02395250");
    }

    @Test
    void aRestartKeepsWhatTheImportWrote() {
        // Three of the records are trials the seed holds too (NCT02395250, NCT03146234, NCT03302403): the import
        // updated them with the registry's facts, and starting again (schema and seed) must not roll them back.
        GraphSnapshot before = GraphSnapshot.of(driver);
        initializer.afterPropertiesSet();
        GraphSnapshot after = GraphSnapshot.of(driver);
        assertThat(after.nodes()).isEqualTo(before.nodes());
        assertThat(after.relationships()).isEqualTo(before.relationships());
    }

    @Test
    void importingTheSameRecordsAgainChangesNothing() {
        var before = query(COUNTS).get(0);
        ImportReport second = importer.importPath(TargetLinkingQualityTest.SHARED);
        var after = query(COUNTS).get(0);
        assertThat(second.unchanged()).isEqualTo(1025);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(after.get("nodes").asLong()).isEqualTo(before.get("nodes").asLong());
        assertThat(after.get("relationships").asLong()).isEqualTo(before.get("relationships").asLong());
    }

    @Test
    void targetLinksInTheGraphReachPrecision95AndRecall90OnTheGoldSet() throws Exception {
        Map<String, Set<String>> predicted = new HashMap<>();
        for (Record r : query("""
                MATCH (t:Trial)-[:TESTS]->(:Therapy)-[:TARGETS]->(a:Antigen)
                RETURN t.nctId AS trial, collect(DISTINCT a.symbol) AS targets""")) {
            predicted.put(r.get("trial").asString(), new TreeSet<>(r.get("targets").asList(v -> v.asString())));
        }
        GoldSet.Score score = GoldSet.load().score(predicted);
        System.out.println("Gold-set target linking in Neo4j: " + score);
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyTargetLinkSaysHowItWasFoundAndWhere() {
        // Links the importer created (the seed's and curated ones, which a record may also support, are theirs).
        var unexplained = query("""
                MATCH (:Therapy)-[r:TARGETS]->(:Antigen)
                WHERE r.sources[0] STARTS WITH 'ctgov:'
                  AND (NOT r.method IN ['dictionary', 'text'] OR r.quote IS NULL OR r.field IS NULL
                       OR r.confidence IS NULL OR NOT r.evidence IN ['stated', 'curated'])
                RETURN count(r) AS n""");
        assertThat(unexplained.get(0).get("n").asInt()).isZero();
        var gpc3 = query("""
                MATCH (:Trial {nctId: 'NCT02395250'})-[:TESTS]->(t:Therapy)-[r:TARGETS]->(:Antigen {symbol: 'GPC3'})
                RETURN r.quote AS quote, r.sources AS sources""");
        assertThat(gpc3).isNotEmpty();
        assertThat(gpc3.get(0).get("sources").asList(v -> v.asString())).contains("ctgov:NCT02395250");
    }

    @Test
    void aBiomarkerInTheConditionsIsNotATarget() {
        // NCT05078931: "PD-L1 Positive" and "EGFR-mutated" NSCLC treated with pembrolizumab and lenvatinib.
        var targets = query("""
                MATCH (:Trial {nctId: 'NCT05078931'})-[:TESTS]->(:Therapy)-[:TARGETS]->(a:Antigen)
                RETURN collect(DISTINCT a.symbol) AS symbols""").get(0).get("symbols").asList(v -> v.asString());
        assertThat(targets).containsExactly("PDCD1");
    }

    @Test
    void liverCancerStillMeansHepatocellularCarcinomaAfterAnImport() {
        // The seed and issue 3 read "liver cancer" as HCC; the importer's broader node for unspecified liver
        // tumours (which may be metastases) must not take that name and make the reference ambiguous.
        var resolved = resolver.resolve("ref", "liver cancer", EntityType.CANCER);
        assertThat(resolved.key()).isEqualTo("MONDO:0007256");
        assertThat(query("MATCH (c:Cancer {id: 'oncograph:liver-cancer'}) RETURN c.name AS name"))
                .extracting(r -> r.get("name").asString()).doesNotContain("liver cancer");
    }

    @Test
    void conditionsThatAreNotCancersAreKeptApartFromCancers() {
        var counts = query("""
                RETURN count { (c:Condition:Cancer) } AS both,
                       count { (:Trial)-[:STUDIES]->(:Condition) } AS conditions,
                       count { (:Trial)-[:STUDIES]->(:Cancer) } AS cancers""").get(0);
        assertThat(counts.get("both").asInt()).isZero();
        assertThat(counts.get("conditions").asInt()).isPositive();
        assertThat(counts.get("cancers").asInt()).isPositive();
        var hcc = query("""
                MATCH (:Trial {nctId: 'NCT02395250'})-[:STUDIES]->(c:Cancer) RETURN c.id AS id, c.name AS name""");
        assertThat(hcc).extracting(r -> r.get("id").asString()).anyMatch(id -> id.startsWith("MONDO:"));
    }

    @Test
    void sitesAreDeduplicatedInstitutionsInTheirCountry() {
        var sites = query("""
                MATCH (:Trial {nctId: 'NCT02395250'})-[:CONDUCTED_AT]->(i:Institution)-[:LOCATED_IN]->(c:Country)
                RETURN i.id AS id, i.city AS city, c.code AS country""");
        assertThat(sites).isNotEmpty();
        assertThat(sites.get(0).get("country").asString()).isEqualTo("CN");
        var duplicates = query("MATCH (i:Institution) WITH i.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS n");
        assertThat(duplicates.get(0).get("n").asInt()).isZero();
    }

    @Test
    void everyImportedRelationshipNamesASourceThatExists() {
        var unknown = query("""
                MATCH ()-[r]->() UNWIND r.sources AS source
                WITH DISTINCT source WHERE NOT EXISTS { MATCH (:Source {id: source}) }
                RETURN count(source) AS n""");
        assertThat(unknown.get(0).get("n").asInt()).isZero();
        var unsourced = query("""
                MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0
                   OR NOT r.evidence IN ['stated', 'inferred', 'curated']
                RETURN count(r) AS n""");
        assertThat(unsourced.get(0).get("n").asInt()).isZero();
    }

    @Test
    void aChangedRecordUpdatesItsTrialInPlace() throws Exception {
        String original = Files.readString(TargetLinkingQualityTest.SHARED.resolve("v2/NCT04646330.json"));
        // The same study, now with another enrolment and a product code the dictionary does not know.
        String changed = original.replace("\"count\":114", "\"count\":120").replace("AK104", "XYZ-999");
        assertThat(changed).isNotEqualTo(original);
        ImportReport update = importer.importBody(changed.getBytes(StandardCharsets.UTF_8), "changed.json");
        assertThat(update.updated()).isEqualTo(1);
        var trial = query("""
                MATCH (t:Trial {nctId: 'NCT04646330'})
                RETURN t.enrollment AS enrollment,
                       [(t)-[:TESTS]->(x) | x.name] AS therapies,
                       count { MATCH (x:Trial {nctId: 'NCT04646330'}) } AS copies,
                       count { MATCH (:Therapy {id: 'cadonilimab'})-[r:TARGETS]->()
                               WHERE 'ctgov:NCT04646330' IN r.sources } AS oldTargetSources""").get(0);
        assertThat(trial.get("enrollment").asInt()).isEqualTo(120);
        assertThat(trial.get("therapies").asList(v -> v.asString())).contains("XYZ-999").doesNotContain("cadonilimab");
        assertThat(trial.get("copies").asInt()).isEqualTo(1);
        assertThat(trial.get("oldTargetSources").asInt()).isZero();

        ImportReport restore = importer.importBody(original.getBytes(StandardCharsets.UTF_8), "original.json");
        assertThat(restore.updated()).isEqualTo(1);
        assertThat(query("MATCH (:Trial {nctId: 'NCT04646330'})-[:TESTS]->(t:Therapy {id: 'cadonilimab'}) "
                + "RETURN count(t) AS n").get(0).get("n").asInt()).isEqualTo(1);
    }
}
