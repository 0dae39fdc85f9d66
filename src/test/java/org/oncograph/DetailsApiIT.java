package org.oncograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ApiClient.segment;
import static org.oncograph.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@code GET /<type>/{ref}}: one entity with its own facts and its neighbours, for every type. */
@OncoGraphIntegrationTest
class DetailsApiIT extends ApiContractTest {

    private static JsonNode neighbour(JsonNode details, String relationship, String key) {
        for (JsonNode n : details.at("/neighbours/items")) {
            if (n.path("relationship").asString().equals(relationship) && n.at("/entity/key").asString().equals(key)) {
                return n;
            }
        }
        throw new AssertionError(relationship + " " + key + " not among " + details.at("/neighbours/items"));
    }

    @Test
    void anAntigenByItsSynonym() {
        var response = api.get("/api/v1/antigens/CD340");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("symbol").asString()).isEqualTo("ERBB2");
        assertThat(response.json().path("name").asString()).isEqualTo("HER2");
        assertThat(response.json().path("hgncId").asString()).isEqualTo("HGNC:3430");
        assertThat(response.json().at("/neighbours/items").findValuesAsString("relationship"))
                .as("HER2 is only a biomarker in the seed").doesNotContain("TARGETS");
    }

    @Test
    void aTherapyWithWhatItTargetsAndTheEvidence() {
        var response = api.get("/api/v1/therapies/" + segment("GPC3 CAR-T"));
        assertThat(response.json().path("id").asString()).isEqualTo("car-gpc3-t-cells");
        JsonNode targets = neighbour(response.json(), "TARGETS", "GPC3");
        assertThat(targets.path("direction").asString()).isEqualTo("out");
        assertThat(targets.path("text").asString()).isEqualTo("CAR-GPC3 T cells targets Glypican-3");
        assertThat(targets.at("/evidence/quote").asString()).isNotBlank();
    }

    @Test
    void aTrialByItsNctIdInAnyCase() {
        var response = api.get("/api/v1/trials/nct04787263");
        assertThat(response.json().path("nctId").asString()).isEqualTo("NCT04787263");
        assertThat(response.json().path("enrollment").asLong()).isEqualTo(32);
        assertThat(neighbour(response.json(), "CONDUCTED_AT", "ospedale-pediatrico-bambino-gesu")
                .path("direction").asString()).isEqualTo("out");
    }

    @Test
    void anInstitutionByItsRorIdWithOrWithoutPrefix() {
        assertThat(api.get("/api/v1/institutions/ror:040gcmg81").json().path("id").asString())
                .isEqualTo("ror:040gcmg81");
        assertThat(api.get("/api/v1/institutions/040gcmg81").json().path("id").asString())
                .isEqualTo("ror:040gcmg81");
        var renji = api.get("/api/v1/institutions/" + segment("Renji Hospital"));
        assertThat(renji.json().path("country").asString()).isEqualTo("CN");
        assertThat(renji.json().at("/neighbours/counts").findValuesAsString("relationship"))
                .contains("SPONSORED_BY");
    }

    @Test
    void aReferenceOfAnotherTypeIsNotFound() {
        assertProblem(api.get("/api/v1/trials/GPC3"), 404, "not-found");
        assertProblem(api.get("/api/v1/institutions/" + segment("liver cancer")), 404, "not-found");
    }

    @Test
    void aNameShorterThanAnyIsNotFoundWithSuggestionsNotAServerError() {
        var response = api.get("/api/v1/therapies/" + segment(")"));
        assertProblem(response, 404, "not-found");
    }
}
