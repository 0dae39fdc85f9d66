package org.oncograph.antigen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ApiClient.segment;
import static org.oncograph.ProblemAssertions.assertProblem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.graph.GraphChangedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.JsonNode;

/** GET /api/v1/antigens/{ref}/therapies against the seeded graph. */
@OncoGraphIntegrationTest
class AntigenTherapiesIT extends ApiContractTest {

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEventPublisher events;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"HER2, ERBB2", "her2, ERBB2", "CD340, ERBB2", "ERBB2, ERBB2", "erbb2, ERBB2", "HGNC:3430, ERBB2",
            "glypican-3, GPC3", "Glypican 3, GPC3", "GPC3, GPC3", "CD326, EPCAM", "EpCAM, EPCAM",
            "CLDN18.2, CLDN18", "Claudin 18.2, CLDN18", "claudin18.2, CLDN18", "PD-1, PDCD1", "BCMA, TNFRSF17"})
    void anAntigenIsFoundByItsSymbolIdNameOrSynonymInAnyCase(String reference, String symbol) {
        var response = api.get("/api/v1/antigens/" + segment(reference) + "/therapies");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/subject/type").asString()).isEqualTo("Antigen");
        assertThat(response.json().at("/subject/key").asString()).isEqualTo(symbol);
    }

    @Test
    void gpc3IsTargetedByCarGpc3TCellsWithTheEvidenceModalityCancersTrialsAndInstitutions() {
        var response = api.get("/api/v1/antigens/glypican-3/therapies");
        assertThat(response.status()).isEqualTo(200);
        JsonNode therapy = itemWithId(response.json(), "car-gpc3-t-cells");
        assertThat(therapy.at("/targeting/symbol").asString()).isEqualTo("GPC3");
        assertThat(therapy.at("/targeting/evidence/evidence").asString()).isEqualTo("stated");
        assertThat(therapy.at("/targeting/evidence/sources").values()).extracting(JsonNode::asString)
                .contains("seed:002");
        assertThat(therapy.at("/targeting/evidence/quote").asString()).containsIgnoringCase("GPC3");
        assertThat(therapy.path("modalities").findValuesAsString("id")).contains("car-t");
        assertThat(therapy.path("cancers").findValuesAsString("id")).contains("MONDO:0007256");
        assertThat(therapy.path("trialCount").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode renji = null;
        for (JsonNode trial : therapy.path("trials")) {
            if (trial.path("nctId").asString().equals("NCT02395250")) {
                renji = trial;
            }
        }
        assertThat(renji).as("NCT02395250 among the trials").isNotNull();
        assertThat(renji.path("phase").asString()).isEqualTo("PHASE1");
        assertThat(renji.path("status").asString()).isEqualTo("TERMINATED");
        assertThat(therapy.path("institutions").findValuesAsString("id")).contains("renji-hospital");
    }

    @Test
    void theHer2NegativeBreastCancerTilStoryIsNotAHer2Therapy() {
        var response = api.get("/api/v1/antigens/HER2/therapies");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.texts("/items", "id")).doesNotContain("nci-til-therapy");
        assertThat(response.json().path("total").asLong()).isEqualTo(response.json().path("items").size());
    }

    @Test
    void theClaudinTherapiesSayTheyTargetIsoform18Point2() {
        var response = api.get("/api/v1/antigens/" + segment("Claudin 18.2") + "/therapies");
        assertThat(response.json().path("items").size()).isPositive();
        for (JsonNode therapy : response.json().path("items")) {
            assertThat(therapy.at("/targeting/isoform").asString()).isEqualTo("CLDN18.2");
        }
    }

    @Test
    void filtersKeepOnlyTherapiesWithAMatchingModalityCancerPhaseOrStatus() {
        assertThat(api.get("/api/v1/antigens/GPC3/therapies?modality=car-t&phase=1&cancer=liver%20cancer")
                .texts("/items", "id")).contains("car-gpc3-t-cells");
        assertThat(api.get("/api/v1/antigens/GPC3/therapies?status=terminated").texts("/items", "id"))
                .contains("car-gpc3-t-cells");
        var none = api.get("/api/v1/antigens/GPC3/therapies?modality=checkpoint%20inhibitor");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("items").size()).isZero();
        assertThat(none.json().path("total").asLong()).isZero();
        assertThat(api.get("/api/v1/antigens/GPC3/therapies?phase=PHASE4").json().path("total").asLong()).isZero();
    }

    @Test
    void aTherapyWithMoreTargetsThanACardListsStillShowsItsLinkToTheAskedAntigen() {
        // Regression: `targeting` was picked from the card's targets, capped at 20, so a therapy targeting more
        // antigens (text-linked trial therapies do) lost it. Its GPC3 link is made first so that it is expanded last.
        driver.executableQuery("""
                MATCH (gpc3:Antigen {symbol: 'GPC3'})
                CREATE (t:Therapy {id: 'test-many-targets', name: 'Test many-targets therapy'})
                CREATE (t)-[:TARGETS {sources: ['test'], evidence: 'curated', quote: 'anti-GPC3'}]->(gpc3)
                WITH t
                UNWIND range(1, 24) AS i
                CREATE (t)-[:TARGETS {sources: ['test'], evidence: 'curated'}]->(:Antigen {symbol: 'TESTAG' + i})
                """).execute();
        // Written past the importers, so the answer cache is told, as an import would tell it.
        events.publishEvent(new GraphChangedEvent("test therapy added"));
        try {
            var response = api.get("/api/v1/antigens/GPC3/therapies?size=100");
            JsonNode therapy = itemWithId(response.json(), "test-many-targets");
            assertThat(therapy.at("/targeting/symbol").asString()).isEqualTo("GPC3");
            assertThat(therapy.at("/targeting/evidence/quote").asString()).isEqualTo("anti-GPC3");
            assertThat(therapy.path("targets").size()).isEqualTo(20);
            assertThat(response.json().path("total").asLong()).isEqualTo(response.json().path("items").size());
        } finally {
            driver.executableQuery("""
                    MATCH (t:Therapy {id: 'test-many-targets'})-[:TARGETS]->(a:Antigen)
                    WHERE a.symbol STARTS WITH 'TESTAG'
                    DETACH DELETE a""").execute();
            driver.executableQuery("MATCH (t:Therapy {id: 'test-many-targets'}) DETACH DELETE t").execute();
            events.publishEvent(new GraphChangedEvent("test therapy removed"));
        }
    }

    @Test
    void everyAntigensTotalIsItsNumberOfDistinctTherapies() {
        // The total is read from the antigen's TARGETS degree: it holds only while no writer links a therapy to an
        // antigen twice, or links anything but a therapy (graph-model.md).
        var antigens = driver.executableQuery("""
                MATCH (a:Antigen)
                RETURN a.symbol AS symbol,
                       COUNT { MATCH (a)<-[:TARGETS]-(t:Therapy) RETURN DISTINCT t } AS therapies
                """).execute().records();
        assertThat(antigens).isNotEmpty();
        for (var antigen : antigens) {
            String symbol = antigen.get("symbol").asString();
            var response = api.get("/api/v1/antigens/" + segment(symbol) + "/therapies?size=1");
            assertThat(response.json().path("total").asLong()).as(symbol)
                    .isEqualTo(antigen.get("therapies").asLong());
        }
    }

    @Test
    void aBroaderModalityIncludesItsNarrowerKinds() {
        assertThat(api.get("/api/v1/antigens/GPC3/therapies?modality=immunotherapy").texts("/items", "id"))
                .contains("car-gpc3-t-cells");
    }

    @Test
    void pagesAreSlicesOfOneOrderedList() {
        var all = api.get("/api/v1/antigens/GPC3/therapies?size=100");
        long total = all.json().path("total").asLong();
        var second = api.get("/api/v1/antigens/GPC3/therapies?size=1&page=1");
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
        assertThat(second.json().path("size").asInt()).isEqualTo(1);
        assertThat(second.json().path("total").asLong()).isEqualTo(total);
        if (total > 1) {
            assertThat(second.texts("/items", "id")).containsExactly(all.texts("/items", "id").get(1));
        } else {
            assertThat(second.json().path("items").size()).isZero();
        }
    }

    @Test
    void anUnknownAntigenIs404WithTheClosestSuggestions() {
        var response = api.get("/api/v1/antigens/glypicam/therapies");
        assertProblem(response, 404, "not-found");
        assertThat(response.texts("/suggestions", "key")).contains("GPC3");
    }

    @Test
    void aTherapyIsNotAnAntigen() {
        assertProblem(api.get("/api/v1/antigens/pembrolizumab/therapies"), 404, "not-found");
    }

    @Test
    void badFiltersAre400NamingEachParameter() {
        var response = api.get("/api/v1/antigens/GPC3/therapies?size=101&phase=7&status=sleeping");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.texts("/errors", "parameter")).containsExactly("size", "phase", "status");
        assertThat(response.json().at("/errors/0/reason").asString()).isEqualTo("must be at most 100");
    }

    private static JsonNode itemWithId(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not among " + page.path("items"));
    }
}
