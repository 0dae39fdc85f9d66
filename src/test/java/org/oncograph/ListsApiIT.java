package org.oncograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ApiClient.param;
import static org.oncograph.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The paged lists (therapies, antigens, cancers, trials, institutions) and their filters. */
@OncoGraphIntegrationTest
class ListsApiIT extends ApiContractTest {

    @Autowired
    Driver driver;

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {"therapies", "antigens", "cancers", "trials", "institutions"})
    void everyListIsItemsPageSizeTotal(String list) {
        var response = api.get("/api/v1/" + list + "?size=2");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
        assertThat(response.json().path("items").size()).isEqualTo(2);
        assertThat(response.json().path("page").asInt()).isZero();
        assertThat(response.json().path("size").asInt()).isEqualTo(2);
        assertThat(response.json().path("total").asLong()).isGreaterThan(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"therapies", "antigens", "cancers", "trials", "institutions"})
    void everyListRefusesPagesLargerThan100(String list) {
        var response = api.get("/api/v1/" + list + "?size=101");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().at("/errors/0/parameter").asString()).isEqualTo("size");
    }

    @Test
    void pagingWalksTheWholeListOnceInOrder() {
        long total = count("RETURN COUNT { (:Antigen) }");
        List<String> walked = new ArrayList<>();
        for (int page = 0; page * 3 < total; page++) {
            walked.addAll(api.get("/api/v1/antigens?size=3&page=" + page).texts("/items", "symbol"));
        }
        assertThat(walked).hasSize((int) total).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void antigensSayHowManyTherapiesTargetThem() {
        JsonNode gpc3 = null;
        for (JsonNode item : api.get("/api/v1/antigens?size=100").json().path("items")) {
            if (item.path("symbol").asString().equals("GPC3")) {
                gpc3 = item;
            }
        }
        assertThat(gpc3.path("name").asString()).isEqualTo("Glypican-3");
        assertThat(gpc3.path("hgncId").asString()).isEqualTo("HGNC:4451");
        assertThat(gpc3.path("therapyCount").asLong())
                .isEqualTo(count("RETURN COUNT { (:Antigen {symbol: 'GPC3'})<-[:TARGETS]-() }"));
    }

    @Test
    void therapiesFilterByAntigenCancerModalityPhaseAndStatus() {
        assertThat(api.get("/api/v1/therapies?antigen=glypican-3").texts("/items", "id"))
                .containsExactly("car-gpc3-t-cells");
        assertThat(api.get("/api/v1/therapies?cancer=" + param("bone cancer") + "&size=100").texts("/items", "id"))
                .contains("armored-car-t-cells-for-sarcoma").doesNotContain("car-gpc3-t-cells");
        assertThat(api.get("/api/v1/therapies?modality=CAR-T&size=100").texts("/items", "id"))
                .contains("car-gpc3-t-cells", "armored-car-t-cells-for-sarcoma")
                .doesNotContain("nci-til-therapy", "pembrolizumab");
        assertThat(api.get("/api/v1/therapies?phase=PHASE1&status=TERMINATED").texts("/items", "id"))
                .containsExactly("car-gpc3-t-cells");
    }

    @Test
    void trialsFilterByAntigenCancerCountryPhaseStatusAndSponsor() {
        assertThat(api.get("/api/v1/trials?antigen=GPC3").texts("/items", "nctId"))
                .contains("NCT02395250", "NCT03146234");
        assertThat(api.get("/api/v1/trials?cancer=" + param("liver cancer")).texts("/items", "nctId"))
                .contains("NCT02395250", "NCT03146234");
        assertThat(api.get("/api/v1/trials?country=Italy").texts("/items", "nctId")).containsExactly("NCT04787263");
        assertThat(api.get("/api/v1/trials?country=it").texts("/items", "nctId")).containsExactly("NCT04787263");
        assertThat(api.get("/api/v1/trials?antigen=GPC3&phase=1").texts("/items", "nctId"))
                .containsExactly("NCT02395250");
        assertThat(api.get("/api/v1/trials?status=recruiting&antigen=GPC3").texts("/items", "nctId"))
                .containsExactly("NCT03146234");
        assertThat(api.get("/api/v1/trials?sponsor=" + param("Renji Hospital")).texts("/items", "nctId"))
                .contains("NCT02395250");
        var none = api.get("/api/v1/trials?status=withdrawn");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("items").size()).isZero();
        assertThat(none.json().path("total").asLong()).isZero();
    }

    @Test
    void aTrialListsItsTherapiesCancersAndSponsors() {
        JsonNode trial = api.get("/api/v1/trials?antigen=GPC3&phase=1").json().at("/items/0");
        assertThat(trial.path("phase").asString()).isEqualTo("PHASE1");
        assertThat(trial.path("status").asString()).isEqualTo("TERMINATED");
        assertThat(trial.path("therapies").findValuesAsString("key")).contains("car-gpc3-t-cells");
        assertThat(trial.path("cancers").findValuesAsString("key")).contains("MONDO:0007256");
        assertThat(trial.path("sponsors").findValuesAsString("key")).contains("renji-hospital");
    }

    @Test
    void institutionsFilterByCountryCodeOrName() {
        var china = api.get("/api/v1/institutions?country=CN&size=100");
        assertThat(china.json().path("total").asLong())
                .isEqualTo(count("RETURN COUNT { (:Institution {country: 'CN'}) }"));
        assertThat(china.texts("/items", "country")).containsOnly("CN");
        assertThat(api.get("/api/v1/institutions?country=China&size=100").texts("/items", "id"))
                .isEqualTo(china.texts("/items", "id"));
    }

    @Test
    void badFilterValuesAre400WithTheAllowedValues() {
        var response = api.get("/api/v1/trials?phase=PHASE9&status=sleeping");
        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.texts("/errors", "parameter")).containsExactly("phase", "status");
        assertThat(response.json().at("/errors/1/reason").asString()).contains("RECRUITING");
    }

    @Test
    void anUnknownFilterReferenceIs404NamingTheParameter() {
        var response = api.get("/api/v1/trials?sponsor=" + param("Nowhere Institute of Nothing"));
        assertProblem(response, 404, "not-found");
        assertThat(response.json().path("detail").asString()).contains("sponsor");
    }
}
