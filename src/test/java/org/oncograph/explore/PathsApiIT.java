package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ApiClient.param;
import static org.oncograph.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;

import tools.jackson.databind.JsonNode;

/** GET /api/v1/paths: how two entities are connected, step by step, with evidence. */
@OncoGraphIntegrationTest
class PathsApiIT extends ApiContractTest {

    @Test
    void glypican3ReachesRenjiHospitalThroughCarGpc3TCells() {
        var response = api.get("/api/v1/paths?from=glypican-3&to=" + param("Renji Hospital"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/from/key").asString()).isEqualTo("GPC3");
        assertThat(response.json().at("/to/key").asString()).isEqualTo("renji-hospital");
        assertThat(response.json().path("maxLength").asInt()).isEqualTo(4);
        JsonNode path = response.json().at("/paths/0");
        assertThat(path.path("length").asInt()).isEqualTo(2);
        JsonNode first = path.at("/steps/0");
        assertThat(first.at("/from/key").asString()).isEqualTo("GPC3");
        assertThat(first.path("relationship").asString()).isEqualTo("TARGETS");
        assertThat(first.path("direction").asString()).isEqualTo("backward");
        assertThat(first.at("/to/key").asString()).isEqualTo("car-gpc3-t-cells");
        assertThat(first.path("text").asString()).isEqualTo("CAR-GPC3 T cells targets Glypican-3");
        assertThat(first.at("/evidence/sources").size()).isPositive();
        for (JsonNode p : response.json().path("paths")) {
            assertThat(p.path("length").asInt()).isEqualTo(2);
            JsonNode steps = p.path("steps");
            assertThat(steps.at("/1/from/key").asString()).isEqualTo(steps.at("/0/to/key").asString());
            assertThat(steps.at("/1/to/key").asString()).isEqualTo("renji-hospital");
        }
    }

    @Test
    void noPathWithinTheLengthIsAnEmptyAnswer() {
        var response = api.get("/api/v1/paths?from=GPC3&to=" + param("Renji Hospital") + "&maxLength=1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("paths").size()).isZero();
    }

    @Test
    void maxLengthAbove5Is400() {
        var response = api.get("/api/v1/paths?from=GPC3&to=HER2&maxLength=6");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().at("/errors/0/parameter").asString()).isEqualTo("maxLength");
        assertThat(response.json().at("/errors/0/reason").asString()).isEqualTo("must be at most 5");
    }

    @Test
    void bothEndsAreRequired() {
        var response = api.get("/api/v1/paths");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.texts("/errors", "parameter")).containsExactly("from", "to");
    }

    @Test
    void anAmbiguousReferenceIs409WithItsCandidates() {
        // The TIL modality and the NCI TIL therapy both have "tumor-infiltrating lymphocytes" as a synonym.
        var response = api.get("/api/v1/paths?from=" + param("tumor-infiltrating lymphocytes") + "&to=GPC3");
        assertProblem(response, 409, "ambiguous-reference");
        assertThat(response.json().path("parameter").asString()).isEqualTo("from");
        assertThat(response.texts("/candidates", "key")).containsExactlyInAnyOrder("til", "nci-til-therapy");
        assertThat(response.texts("/candidates", "matched")).containsOnly("tumor-infiltrating lymphocytes");
        var byKey = api.get("/api/v1/paths?from=nci-til-therapy&to=GPC3");
        assertThat(byKey.status()).isEqualTo(200);
    }

    @Test
    void anUnknownEndIs404NamingTheParameter() {
        var response = api.get("/api/v1/paths?from=GPC3&to=" + param("Atlantis General Hospital"));
        assertProblem(response, 404, "not-found");
        assertThat(response.json().path("detail").asString()).contains("(to)");
    }

    @Test
    void aPathFromAnEntityToItselfIs400() {
        assertProblem(api.get("/api/v1/paths?from=HER2&to=ERBB2"), 400, "invalid-parameter");
    }
}
