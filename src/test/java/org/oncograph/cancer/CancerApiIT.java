package org.oncograph.cancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ApiClient.segment;
import static org.oncograph.ProblemAssertions.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.oncograph.ApiClient;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.graph.GraphChangedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.JsonNode;

/** The cancer endpoints against the seeded graph: names, subtypes, therapies and antigens. */
@OncoGraphIntegrationTest
class CancerApiIT extends ApiContractTest {

    @Autowired
    Driver driver;

    /** Announces this test's own writes, as any writer must, so that kept answers (AnswerCache) are dropped. */
    @Autowired
    ApplicationEventPublisher events;

    @ParameterizedTest
    @ValueSource(strings = {"liver cancer", "Liver Cancer", "hepatocellular carcinoma", "HCC", "MONDO:0007256",
            "mondo:0007256", "DOID:684", "NCIT:C3099"})
    void liverCancerAndItsIdsAreHepatocellularCarcinoma(String reference) {
        var response = api.get("/api/v1/cancers/" + segment(reference));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().path("id").asString()).isEqualTo("MONDO:0007256");
        assertThat(response.json().path("name").asString()).isEqualTo("hepatocellular carcinoma");
        assertThat(response.json().path("doid").asString()).isEqualTo("DOID:684");
    }

    @Test
    void aCancerComesWithItsNeighboursAndTheirEvidence() {
        var response = api.get("/api/v1/cancers/HCC");
        JsonNode neighbours = response.json().at("/neighbours/items");
        boolean gpc3Expressed = false;
        for (JsonNode n : neighbours) {
            if (n.path("relationship").asString().equals("EXPRESSED_IN")
                    && n.at("/entity/key").asString().equals("GPC3")) {
                gpc3Expressed = true;
                assertThat(n.path("direction").asString()).isEqualTo("in");
                assertThat(n.at("/evidence/sources").size()).isPositive();
                assertThat(n.path("text").asString()).isEqualTo("Glypican-3 is expressed in hepatocellular carcinoma");
            }
        }
        assertThat(gpc3Expressed).as("GPC3 EXPRESSED_IN HCC among " + neighbours).isTrue();
        assertThat(response.json().at("/neighbours/counts").findValuesAsString("relationship"))
                .contains("EXPRESSED_IN", "STUDIES");
    }

    @Test
    void boneSarcomaTherapiesAreThoseOfBoneSarcomaAndOfItsSubtypes() {
        // The seed links no therapy to osteosarcoma itself, so this test adds one, and removes it afterwards.
        driver.executableQuery("""
                MATCH (c:Cancer {id: 'MONDO:0009807'})
                CREATE (t:Therapy {id: 'test-osteosarcoma-therapy', name: 'Test osteosarcoma therapy'})
                CREATE (t)-[:STUDIED_FOR {sources: ['test'], evidence: 'curated'}]->(c)""").execute();
        events.publishEvent(new GraphChangedEvent("test therapy added"));
        try {
            var bone = api.get("/api/v1/cancers/" + segment("bone sarcoma") + "/therapies?size=100");
            assertThat(bone.status()).isEqualTo(200);
            assertThat(bone.json().at("/subject/key").asString()).isEqualTo("oncograph:bone-sarcoma");
            assertThat(bone.texts("/items", "id")).contains("armored-car-t-cells-for-sarcoma",
                    "test-osteosarcoma-therapy");
            JsonNode viaSubtype = null;
            for (JsonNode item : bone.json().path("items")) {
                if (item.path("id").asString().equals("test-osteosarcoma-therapy")) {
                    viaSubtype = item;
                }
            }
            assertThat(viaSubtype.at("/matchedCancers/0/id").asString()).isEqualTo("MONDO:0009807");
            assertThat(viaSubtype.at("/matchedCancers/0/via").asString()).isEqualTo("studied-for");

            var osteosarcoma = api.get("/api/v1/cancers/osteosarcoma/therapies");
            assertThat(osteosarcoma.texts("/items", "id")).as("a subtype does not inherit its parent's therapies")
                    .containsExactly("test-osteosarcoma-therapy");
        } finally {
            driver.executableQuery("MATCH (t:Therapy {id: 'test-osteosarcoma-therapy'}) DETACH DELETE t").execute();
            events.publishEvent(new GraphChangedEvent("test therapy removed"));
        }
    }

    @Test
    void theTilTherapyIsABreastCancerTherapyThatTargetsNoHer2() {
        var response = api.get("/api/v1/cancers/" + segment("breast cancer") + "/therapies");
        JsonNode til = null;
        for (JsonNode item : response.json().path("items")) {
            if (item.path("id").asString().equals("nci-til-therapy")) {
                til = item;
            }
        }
        assertThat(til).as("the NCI TIL therapy among breast cancer therapies").isNotNull();
        assertThat(til.path("targets").findValuesAsString("symbol")).doesNotContain("ERBB2");
        assertThat(til.at("/matchedCancers/0/qualifiers").values()).extracting(JsonNode::asString)
                .contains("HER2-negative");
        var antigens = api.get("/api/v1/cancers/" + segment("breast cancer") + "/antigens");
        assertThat(antigens.status()).as(antigens.raw()).isEqualTo(200);
        assertThat(antigens.texts("/items", "symbol")).doesNotContain("ERBB2");
    }

    @Test
    void liverCancerAntigensIncludeGpc3WithItsTherapyAndExpressionEvidence() {
        var response = api.get("/api/v1/cancers/" + segment("liver cancer") + "/antigens");
        assertThat(response.status()).isEqualTo(200);
        JsonNode gpc3 = null;
        for (JsonNode item : response.json().path("items")) {
            if (item.path("symbol").asString().equals("GPC3")) {
                gpc3 = item;
            }
        }
        assertThat(gpc3).isNotNull();
        assertThat(gpc3.path("therapies").findValuesAsString("id")).contains("car-gpc3-t-cells");
        assertThat(gpc3.at("/therapies/0/via").values()).extracting(JsonNode::asString).contains("studied-for");
        assertThat(gpc3.at("/expressedIn/0/cancerId").asString()).isEqualTo("MONDO:0007256");
        assertThat(gpc3.at("/expressedIn/0/evidence/evidence").asString()).isNotBlank();
    }

    @Test
    void theCancerListIsPagedAndFiltersBySubtree() {
        var all = api.get("/api/v1/cancers?size=5");
        assertThat(all.json().path("items").size()).isEqualTo(5);
        assertThat(all.json().path("total").asLong()).isEqualTo(driver.executableQuery(
                "RETURN COUNT { (:Cancer) } AS n").execute().records().get(0).get("n").asLong());
        var bone = api.get("/api/v1/cancers?parent=" + ApiClient.param("bone cancer"));
        assertThat(bone.texts("/items", "id")).containsExactlyInAnyOrder("MONDO:0009807", "MONDO:0008977",
                "MONDO:0012817");
    }

    @Test
    void anUnknownCancerIs404WithSuggestions() {
        var response = api.get("/api/v1/cancers/" + segment("osteosarcomma") + "/therapies");
        assertProblem(response, 404, "not-found");
        assertThat(response.texts("/suggestions", "key")).contains("MONDO:0009807");
    }

    @Test
    void aPageBeyondTheEndIsEmptyNotAnError() {
        var response = api.get("/api/v1/cancers/HCC/therapies?page=50");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items").size()).isZero();
        assertThat(response.json().path("total").asLong()).isPositive();
        assertThat(Map.of("page", response.json().path("page").asInt())).containsEntry("page", 50);
    }
}
