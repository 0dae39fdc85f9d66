package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@OncoGraphIntegrationTest
class GraphFoundationIT {

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    GraphInitializer initializer;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private List<Record> query(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records();
    }

    private String get(String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    @Test
    void healthIsUpAndIncludesNeo4j() throws Exception {
        String health = get("http://localhost:" + port + "/actuator/health");
        assertThat(health).contains("\"status\":\"UP\"").contains("neo4j");
        assertThat(get("http://localhost:" + port + "/actuator/health/readiness")).contains("UP");
    }

    @Test
    void neo4jBrowserIsServedByTheEmbeddedServer() throws Exception {
        assertThat(neo4j.httpPort()).isPositive();
        assertThat(get("http://localhost:" + neo4j.httpPort() + "/browser/")).containsIgnoringCase("<html");
    }

    @Test
    void everyKeyHasAUniquenessConstraintAndNamesHaveAFullTextIndex() {
        var constrained = query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                + "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] + '.' + properties[0] AS key", Map.of())
                .stream().map(r -> r.get("key").asString()).toList();
        assertThat(constrained).contains("Therapy.id", "Antigen.symbol", "Cancer.id", "Trial.nctId",
                "Institution.id", "Modality.id", "Person.id", "Publication.id", "Project.id", "AdverseEffect.id",
                "Country.code", "Source.id");
        var fullText = query("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes RETURN name, labelsOrTypes", Map.of());
        assertThat(fullText).isNotEmpty();
        assertThat(fullText.get(0).get("labelsOrTypes").asList(org.neo4j.driver.Value::asString))
                .contains("Therapy", "Antigen", "Cancer", "Trial", "Institution");
    }

    @Test
    void everyNamedIndexAndConstraintOfTheSchemaFilesExistsAndIndexesAreOnline() {
        // Every named index and constraint of cypher/schema, so that one left out of GraphInitializer's schema
        // transaction (or failing in it) shows. Lookup indexes are left out: a store may have them under Neo4j's
        // own names.
        Pattern named = Pattern.compile("(?is)^CREATE\\s+(?:(?:RANGE|TEXT|POINT|FULLTEXT|VECTOR)\\s+)?"
                + "(INDEX|CONSTRAINT)\\s+(\\w+)");
        List<String> indexes = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        for (CypherScript script : GraphInitializer.load("classpath*:cypher/schema/*.cypher")) {
            for (CypherScript.Statement statement : script.statements()) {
                var matcher = named.matcher(statement.text());
                if (matcher.find()) {
                    (matcher.group(1).equalsIgnoreCase("INDEX") ? indexes : constraints).add(matcher.group(2));
                }
            }
        }
        assertThat(indexes).hasSizeGreaterThan(10);
        assertThat(constraints).hasSizeGreaterThan(10);
        Map<String, String> states = new HashMap<>();
        query("SHOW INDEXES YIELD name, state RETURN name, state", Map.of())
                .forEach(r -> states.put(r.get("name").asString(), r.get("state").asString()));
        assertThat(indexes).allSatisfy(name -> assertThat(states).as(name).containsEntry(name, "ONLINE"));
        var constraintNames = query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of()).stream()
                .map(r -> r.get("name").asString()).toList();
        assertThat(constraintNames).containsAll(constraints);
    }

    @Test
    void everyRelationshipSaysWhereItCameFrom() {
        var unsourced = query("""
                MATCH ()-[r]->()
                WHERE r.sources IS NULL OR size(r.sources) = 0
                   OR NOT r.evidence IN ['stated', 'inferred', 'curated']
                RETURN type(r) AS type, count(*) AS n""", Map.of());
        assertThat(unsourced).as("relationships without sources or evidence kind").isEmpty();
        var unknownSources = query("""
                MATCH ()-[r]->() UNWIND r.sources AS source
                WITH DISTINCT source WHERE NOT EXISTS { MATCH (:Source {id: source}) }
                RETURN collect(source) AS missing""", Map.of());
        assertThat(unknownSources.get(0).get("missing").asList()).as("source ids without a :Source node").isEmpty();
    }

    @Test
    void theSeedHoldsTheFiveDocumentsFacts() {
        var counts = query("""
                RETURN count { (:Source) } AS sources,
                       count { (t:Therapy)-[:TARGETS]->(:Antigen {symbol: 'GPC3'}) } AS gpc3Therapies,
                       count { (:Trial {nctId: 'NCT04787263'})-[:CONDUCTED_AT]->(:Institution) } AS bambinoSites,
                       count { (:Cancer)-[:SUBTYPE_OF]->(:Cancer) } AS subtypes,
                       count { (:Person) } AS people""", Map.of()).get(0);
        assertThat(counts.get("sources").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(counts.get("gpc3Therapies").asInt()).isPositive();
        assertThat(counts.get("bambinoSites").asInt()).isEqualTo(1);
        assertThat(counts.get("subtypes").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(counts.get("people").asInt()).isGreaterThanOrEqualTo(4);
        var trial = query("MATCH (t:Trial {nctId: 'NCT04787263'}) RETURN t.enrollment AS enrollment", Map.of());
        assertThat(trial.get(0).get("enrollment").asInt()).isEqualTo(32);
    }

    @Test
    void aHer2NegativeCaseIsNotAHer2Target() {
        var her2Targets = query("""
                MATCH (t:Therapy)-[:TARGETS]->(:Antigen {symbol: 'ERBB2'})
                MATCH (t)-[:STUDIED_FOR|TESTS]-()
                WHERE toLower(t.name) CONTAINS 'til' OR toLower(t.name) CONTAINS 'tumor-infiltrating'
                RETURN t.name AS name""", Map.of());
        assertThat(her2Targets).isEmpty();
    }

    @Test
    void unverifiedIdentifiersAreNeverStoredAsConfirmedKeys() {
        // seed-facts.md marks Bambino Gesù's ROR id 02sy42d13 as unverified.
        var asKey = query("MATCH (i:Institution) WHERE i.id CONTAINS '02sy42d13' RETURN i.id AS id", Map.of());
        assertThat(asKey).isEmpty();
    }

    @Test
    void loadingTheSeedAgainDuplicatesNothing() {
        String count = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels";
        var before = query(count, Map.of()).get(0);
        // Without its marker the seed is merged again, as on a graph that never had it.
        query("MATCH (s:OncoGraphSeed) DELETE s RETURN count(*) AS deleted", Map.of());
        initializer.afterPropertiesSet();
        var after = query(count, Map.of()).get(0);
        assertThat(after.get("nodes").asLong()).isEqualTo(before.get("nodes").asLong());
        assertThat(after.get("rels").asLong()).isEqualTo(before.get("rels").asLong());
        assertThat(query("MATCH (s:OncoGraphSeed) RETURN s.checksum AS checksum", Map.of())).hasSize(1);
    }
}
