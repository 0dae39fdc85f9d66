package org.oncograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/v1/relationships/sources} on the seeded graph. */
@OncoGraphIntegrationTest
class RelationshipSourcesIT extends ApiContractTest {

    @Autowired
    Driver driver;

    private static final String GPC3_LINK = "/api/v1/relationships/sources?from=car-gpc3-t-cells&type=TARGETS&to=GPC3";

    @Test
    void theSourcesOfALinkAreListedInTheirOrderWithWhatEachIs() {
        var response = api.get(GPC3_LINK);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/subject/from/key").asString()).isEqualTo("car-gpc3-t-cells");
        assertThat(response.json().at("/subject/relationship").asString()).isEqualTo("TARGETS");
        assertThat(response.json().at("/subject/to/key").asString()).isEqualTo("GPC3");
        assertThat(response.json().at("/subject/relationships").asInt()).isEqualTo(1);
        assertThat(response.json().at("/subject/evidence").asString()).isEqualTo("stated");
        assertThat(response.texts("/items", "id"))
                .containsExactly("seed:002", "ctgov:NCT02395250", "ctgov:NCT03146234", "ctgov:NCT03302403");
        assertThat(response.json().path("total").asLong()).isEqualTo(4);
        assertThat(response.json().at("/items/0/kind").asString()).isEqualTo("seed-document");
        assertThat(response.json().at("/items/0/title").asString()).startsWith("Unveiling Hope");
        assertThat(response.json().at("/items/1/kind").asString()).isEqualTo("registry-record");
        // The same answer from the cards' evidence: the API's first 20 are this list's first page.
        var card = api.get("/api/v1/antigens/GPC3/therapies");
        card.json().at("/items").forEach(item -> {
            if (item.path("id").asString().equals("car-gpc3-t-cells")) {
                assertThat(item.at("/targeting/evidence/sources").valueStream().map(v -> v.asString()).toList())
                        .isEqualTo(response.texts("/items", "id"));
            }
        });
    }

    @Test
    void eitherEndMayComeFirstAndTheTypeIsReadAsTheOtherParametersAre() {
        var response = api.get("/api/v1/relationships/sources?from=GPC3&type=targets&to=" + "CAR-GPC3%20T%20cells");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/subject/from/key").asString()).isEqualTo("car-gpc3-t-cells");
        assertThat(response.json().at("/subject/to/key").asString()).isEqualTo("GPC3");
    }

    @Test
    void aPageIsCutFromTheList() {
        var second = api.get(GPC3_LINK + "&page=1&size=3");
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.texts("/items", "id")).containsExactly("ctgov:NCT03302403");
        assertThat(second.json().path("total").asLong()).isEqualTo(4);
        assertThat(second.json().path("page").asInt()).isEqualTo(1);

        var past = api.get(GPC3_LINK + "&page=5&size=3");
        assertThat(past.status()).as(past.raw()).isEqualTo(200);
        assertThat(past.json().path("items").size()).isZero();
        assertThat(past.json().path("total").asLong()).isEqualTo(4);
    }

    @Test
    void twoRelationshipsOfTheTypeBetweenTheSameEndsListTheirSourcesTogetherOnce() {
        // A sponsor that is also a collaborator: SPONSORED_BY differs by role. Written here, removed after.
        driver.executableQuery("""
                CREATE (t:Trial {nctId: 'NCT99996001', title: 'Roles fixture'})
                CREATE (i:Institution {id: 'roles-fixture-institute', name: 'Roles Fixture Institute'})
                CREATE (t)-[:SPONSORED_BY {role: 'sponsor', sources: ['ctgov:NCT99996001', 'seed:001']}]->(i)
                CREATE (t)-[:SPONSORED_BY {role: 'collaborator', sources: ['ctgov:NCT99996001', 'seed:002']}]->(i)
                """).execute();
        try {
            var response = api.get("/api/v1/relationships/sources?from=NCT99996001&type=SPONSORED_BY"
                    + "&to=roles-fixture-institute");
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(response.json().at("/subject/relationships").asInt()).isEqualTo(2);
            assertThat(response.texts("/items", "id")).hasSize(3)
                    .containsExactlyInAnyOrder("ctgov:NCT99996001", "seed:001", "seed:002");
            assertThat(response.json().path("total").asLong()).isEqualTo(3);
        } finally {
            driver.executableQuery("""
                    MATCH (n) WHERE n:Trial AND n.nctId = 'NCT99996001' OR n:Institution AND n.id = 'roles-fixture-institute'
                    DETACH DELETE n""").execute();
        }
    }

    @Test
    void badParametersAreReportedTogetherAndAMissingLinkIsNotFound() {
        var missing = api.get("/api/v1/relationships/sources");
        assertProblem(missing, 400, "invalid-parameter");
        assertThat(missing.raw()).contains("\"from\"", "\"type\"", "\"to\"");

        var badType = api.get("/api/v1/relationships/sources?from=car-gpc3-t-cells&type=LIKES&to=GPC3&size=0");
        assertProblem(badType, 400, "invalid-parameter");
        assertThat(badType.raw()).contains("must be one of", "LIKES", "\"size\"");

        var noLink = api.get("/api/v1/relationships/sources?from=car-gpc3-t-cells&type=TARGETS&to=CD19");
        assertProblem(noLink, 404, "not-found");
        assertThat(noLink.raw()).contains("No TARGETS relationship joins Therapy 'car-gpc3-t-cells' and Antigen 'CD19'");

        // A Cancer cannot end a TARGETS link: the reference is looked up among therapies and antigens only.
        var wrongKind = api.get("/api/v1/relationships/sources?from=car-gpc3-t-cells&type=TARGETS&to=MONDO:0007256");
        assertProblem(wrongKind, 404, "not-found");
        assertThat(wrongKind.raw()).contains("(to)");
    }
}
