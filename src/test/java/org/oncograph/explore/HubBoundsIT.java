package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.oncograph.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/**
 * Paths and neighbourhoods next to hubs of thousands of nodes (src/test/resources/hubs/hub-graph.cypher) come back
 * bounded and say so, and still find the short path that exists through a non-hub. Its own application context
 * and database (the data-dir differs from {@link org.oncograph.OncoGraphIntegrationTest}'s), because it adds
 * 6,000 nodes that counting tests must not see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "oncograph.embedded.bolt-port=0",
        "oncograph.embedded.http-port=0",
        "oncograph.embedded.page-cache=64MB",
        "oncograph.embedded.data-dir=target/it-graph/hubs-${random.uuid}",
        "oncograph.security.api-key=test-api-key"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubBoundsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    ApiClient api;

    @BeforeAll
    void loadHubs() throws Exception {
        String fixture = new ClassPathResource("hubs/hub-graph.cypher").getContentAsString(StandardCharsets.UTF_8);
        driver.executableQuery(fixture.strip().replaceAll(";$", "")).execute();
    }

    @AfterAll
    void removeHubs() {
        driver.executableQuery("MATCH (n {fixture: 'hubs'}) DETACH DELETE n").execute();
    }

    @BeforeEach
    void apiClient() {
        api = new ApiClient(port);
    }

    @Test
    void aPathNextToAHubIsFoundThroughTheNonHubAndTheAnswerSaysItWasBounded() {
        var response = api.get("/api/v1/paths?from=NCT99000001&to=HUBX");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
        assertThat(paths.size()).isEqualTo(1);
        JsonNode steps = paths.at("/0/steps");
        assertThat(paths.at("/0/length").asInt()).isEqualTo(2);
        assertThat(steps.at("/0/relationship").asString()).isEqualTo("TESTS");
        assertThat(steps.at("/0/to/key").asString()).isEqualTo("rare-hub-therapy");
        assertThat(steps.at("/1/relationship").asString()).isEqualTo("TARGETS");
        assertThat(steps.at("/1/direction").asString()).isEqualTo("forward");
        assertThat(steps.at("/1/to/key").asString()).isEqualTo("HUBX");
        // The trial's site has 3,001 trials: more than one level of the search reads.
        assertThat(response.json().path("bounded").asBoolean()).isTrue();
    }

    @Test
    void aPathBetweenTwoHubsIsBoundedAndEveryPathFoundIsWellFormed() {
        var response = api.get("/api/v1/paths?from=HUBX&to=hub-site&limit=25");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().path("bounded").asBoolean()).isTrue();
        JsonNode paths = response.json().path("paths");
        for (JsonNode path : paths) {
            JsonNode steps = path.path("steps");
            // The only connection is HUBX - rare therapy - trial - site; none is shorter.
            assertThat(path.path("length").asInt()).isEqualTo(steps.size()).isEqualTo(3);
            assertThat(steps.at("/0/from/key").asString()).isEqualTo("HUBX");
            assertThat(steps.at("/2/to/key").asString()).isEqualTo("hub-site");
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).at("/from/key").asString()).isEqualTo(steps.get(i - 1).at("/to/key")
                        .asString());
            }
        }
    }

    @Test
    void aPathAwayFromHubsIsNotBounded() {
        var response = api.get("/api/v1/paths?from=glypican-3&to=" + ApiClient.param("Renji Hospital"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("paths").size()).isPositive();
        assertThat(response.json().path("bounded").asBoolean()).isFalse();
    }

    @Test
    void aLinkStatedByManySourcesListsTheFirstTwentyInEveryAnswerAndCountsThemAll() {
        // The rare therapy's TARGETS link has 45 sources: the fixture's own, then 44 records.
        JsonNode card = only(api.get("/api/v1/antigens/HUBX/therapies?page=150&size=20"), "/items");
        assertThat(card.path("id").asString()).isEqualTo("rare-hub-therapy");
        assertFirstTwentyOf45(card.at("/targeting/evidence"));
        assertFirstTwentyOf45(card.at("/targets/0/evidence"));

        var details = api.get("/api/v1/therapies/rare-hub-therapy");
        assertThat(details.status()).as(details.raw()).isEqualTo(200);
        JsonNode targets = null;
        for (JsonNode neighbour : details.json().at("/neighbours/items")) {
            if (neighbour.path("relationship").asString().equals("TARGETS")) {
                targets = neighbour;
            }
        }
        assertThat(targets).as(details.raw()).isNotNull();
        assertThat(targets.path("direction").asString()).isEqualTo("out");
        assertFirstTwentyOf45(targets.path("evidence"));

        var path = api.get("/api/v1/paths?from=NCT99000001&to=HUBX");
        assertThat(path.status()).as(path.raw()).isEqualTo(200);
        assertFirstTwentyOf45(path.json().at("/paths/0/steps/1/evidence"));

        var neighbourhood = api.get("/api/v1/graph/neighbourhood?ref=rare-hub-therapy&depth=1&types=TARGETS");
        assertThat(neighbourhood.status()).as(neighbourhood.raw()).isEqualTo(200);
        assertFirstTwentyOf45(only(neighbourhood, "/elements/edges").path("data"));
    }

    @Test
    void everySourceOfAHubLinkIsReadAPageAtATime() {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var response = api.get("/api/v1/relationships/sources?from=HUBX&type=targets&to=rare-hub-therapy&page="
                    + page + "&size=20");
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(response.json().path("total").asLong()).isEqualTo(45);
            assertThat(response.json().at("/subject/from/key").asString()).isEqualTo("rare-hub-therapy");
            assertThat(response.json().at("/subject/to/key").asString()).isEqualTo("HUBX");
            all.addAll(response.texts("/items", "id"));
        }
        List<String> expected = new ArrayList<>(List.of("fixture:hubs"));
        for (int i = 1; i <= 44; i++) {
            expected.add("fixture:hubs-record-" + i);
        }
        assertThat(all).containsExactlyElementsOf(expected);
    }

    private static JsonNode only(ApiClient.Response response, String pointer) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode items = response.json().at(pointer);
        assertThat(items.size()).as(response.raw()).isGreaterThanOrEqualTo(1);
        return items.get(0);
    }

    private static void assertFirstTwentyOf45(JsonNode evidence) {
        assertThat(evidence.path("sourceCount").asInt()).as(evidence.toString()).isEqualTo(45);
        List<String> expected = new ArrayList<>(List.of("fixture:hubs"));
        for (int i = 1; i <= 19; i++) {
            expected.add("fixture:hubs-record-" + i);
        }
        assertThat(evidence.path("sources").values()).extracting(JsonNode::asString).containsExactlyElementsOf(expected);
    }

    @Test
    void aHubsNeighbourhoodStopsAtTheLimitAndSaysSo() {
        var response = api.get("/api/v1/graph/neighbourhood?ref=HUBX&depth=2&limit=40");
        assertThat(response.status()).isEqualTo(200);
        NeighbourhoodApiIT.assertCytoscapeElements(response.json());
        assertThat(response.json().at("/elements/nodes").size()).isEqualTo(40);
        assertThat(response.header("OncoGraph-Truncated")).isEqualTo("true");
    }

    @Test
    void aRareRelationshipTypeOfAHubIsFoundPastItsThousandsOfOthers() {
        var response = api.get("/api/v1/graph/neighbourhood?ref=HUBX&types=EXPRESSED_IN");
        assertThat(response.status()).isEqualTo(200);
        NeighbourhoodApiIT.assertCytoscapeElements(response.json());
        assertThat(response.json().at("/elements/nodes").findValuesAsString("id"))
                .containsExactly("Antigen:HUBX", "Cancer:oncograph:hub-cancer");
        assertThat(response.header("OncoGraph-Truncated")).isEqualTo("false");
        // Its sources were written as one string, not a list: one source.
        JsonNode edge = only(response, "/elements/edges").path("data");
        assertThat(edge.path("sources").values()).extracting(JsonNode::asString).containsExactly("fixture:hubs");
        assertThat(edge.path("sourceCount").asInt()).isEqualTo(1);
    }

    @Test
    void aTrialNextToAHubSiteKeepsItsOwnNeighboursFirst() {
        // Depth 2 from the trial: its two neighbours first (level 1), then what the remaining budget allows.
        var response = api.get("/api/v1/graph/neighbourhood?ref=NCT99000001&depth=2&limit=10");
        assertThat(response.status()).isEqualTo(200);
        NeighbourhoodApiIT.assertCytoscapeElements(response.json());
        JsonNode nodes = response.json().at("/elements/nodes");
        assertThat(nodes.size()).isEqualTo(10);
        assertThat(nodes.findValuesAsString("id")).contains("Therapy:rare-hub-therapy", "Institution:hub-site");
        assertThat(response.header("OncoGraph-Truncated")).isEqualTo("true");
    }
}
