package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ProblemAssertions.assertProblem;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oncograph.ApiClient;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;

import tools.jackson.databind.JsonNode;

/** GET /api/v1/graph/neighbourhood: Cytoscape.js elements JSON, bounded in depth and size. */
@OncoGraphIntegrationTest
class NeighbourhoodApiIT extends ApiContractTest {

    /** The shape Cytoscape.js loads: every element has data.id; every edge joins two nodes of the answer. */
    static void assertCytoscapeElements(JsonNode body) {
        assertThat(body.propertyNames()).containsExactly("elements");
        assertThat(body.path("elements").propertyNames()).containsExactlyInAnyOrder("nodes", "edges");
        Set<String> ids = new HashSet<>();
        for (JsonNode node : body.at("/elements/nodes")) {
            JsonNode data = node.path("data");
            assertThat(node.propertyNames()).containsExactly("data");
            assertThat(data.path("id").asString()).isNotBlank();
            assertThat(data.path("label").asString()).isNotBlank();
            assertThat(data.path("type").asString()).isNotBlank();
            assertThat(ids.add(data.path("id").asString())).as("unique id " + data.path("id")).isTrue();
        }
        for (JsonNode edge : body.at("/elements/edges")) {
            JsonNode data = edge.path("data");
            assertThat(edge.propertyNames()).containsExactly("data");
            assertThat(data.path("type").asString()).isNotBlank();
            assertThat(ids.add(data.path("id").asString())).as("unique id " + data.path("id")).isTrue();
            assertThat(ids).contains(data.path("source").asString(), data.path("target").asString());
        }
    }

    @Test
    void theNeighbourhoodOfGpc3IsCytoscapeElementsJson() {
        var response = api.get("/api/v1/graph/neighbourhood?ref=glypican-3");
        assertThat(response.status()).isEqualTo(200);
        assertCytoscapeElements(response.json());
        JsonNode center = response.json().at("/elements/nodes/0/data");
        assertThat(center.path("id").asString()).isEqualTo("Antigen:GPC3");
        assertThat(center.path("type").asString()).isEqualTo("Antigen");
        assertThat(center.path("label").asString()).isEqualTo("Glypican-3");
        assertThat(center.path("depth").asInt()).isZero();
        boolean targets = false;
        for (JsonNode edge : response.json().at("/elements/edges")) {
            JsonNode data = edge.path("data");
            if (data.path("type").asString().equals("TARGETS")) {
                targets = true;
                assertThat(data.path("source").asString()).isEqualTo("Therapy:car-gpc3-t-cells");
                assertThat(data.path("target").asString()).isEqualTo("Antigen:GPC3");
                assertThat(data.path("evidence").asString()).isEqualTo("stated");
                assertThat(data.path("sources").size()).isPositive();
            }
        }
        assertThat(targets).isTrue();
        assertThat(response.header("OncoGraph-Truncated")).isEqualTo("false");
    }

    @Test
    void deeperNeighbourhoodsReachFurtherAndStayWellFormed() {
        var one = api.get("/api/v1/graph/neighbourhood?ref=GPC3&depth=1").json();
        var three = api.get("/api/v1/graph/neighbourhood?ref=GPC3&depth=3&limit=500").json();
        assertCytoscapeElements(three);
        assertThat(three.at("/elements/nodes").size()).isGreaterThan(one.at("/elements/nodes").size());
        assertThat(three.at("/elements/nodes").findValuesAsString("id")).contains("Institution:renji-hospital");
    }

    @Test
    void theLimitCapsTheNodesAndSaysSo() {
        var response = api.get("/api/v1/graph/neighbourhood?ref=" + ApiClient.param("Renji Hospital")
                + "&depth=3&limit=3");
        assertCytoscapeElements(response.json());
        assertThat(response.json().at("/elements/nodes").size()).isEqualTo(3);
        assertThat(response.header("OncoGraph-Truncated")).isEqualTo("true");
    }

    @Test
    void relationshipTypesFilterTheEdges() {
        var response = api.get("/api/v1/graph/neighbourhood?ref=HCC&types=expressed_in,STUDIES");
        assertCytoscapeElements(response.json());
        assertThat(response.json().at("/elements/edges").findValuesAsString("type"))
                .isNotEmpty().containsOnly("EXPRESSED_IN", "STUDIES");
    }

    @Test
    void limitsAndTypesAreChecked() {
        var deep = api.get("/api/v1/graph/neighbourhood?ref=GPC3&depth=4&limit=501&types=LOVES");
        assertProblem(deep, 400, "invalid-parameter");
        assertThat(deep.texts("/errors", "parameter")).containsExactly("depth", "limit", "types");
        assertThat(deep.json().at("/errors/0/reason").asString()).isEqualTo("must be at most 3");
        assertProblem(api.get("/api/v1/graph/neighbourhood"), 400, "invalid-parameter");
        assertProblem(api.get("/api/v1/graph/neighbourhood?ref=nothing-like-this"), 404, "not-found");
    }
}
