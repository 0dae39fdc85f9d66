package org.oncograph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.ApiClient.param;
import static org.oncograph.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncograph.ApiContractTest;
import org.oncograph.OncoGraphIntegrationTest;

/** GET /api/v1/search: full-text over names and synonyms of every type. */
@OncoGraphIntegrationTest
class SearchApiIT extends ApiContractTest {

    @ParameterizedTest(name = "{0} finds {1} {2} first, matched as {3}")
    @CsvSource({"HER2, Antigen, ERBB2, HER2", "cd326, Antigen, EPCAM, CD326",
            "liver cancer, Cancer, MONDO:0007256, liver cancer", "Claudin 18.2, Antigen, CLDN18, Claudin 18.2",
            "NCT04787263, Trial, NCT04787263, NCT04787263"})
    void theExactNameRanksFirstTypedWithTheNameThatMatched(String q, String type, String key, String matched) {
        var response = api.get("/api/v1/search?q=" + param(q));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/items/0/type").asString()).isEqualTo(type);
        assertThat(response.json().at("/items/0/key").asString()).isEqualTo(key);
        assertThat(response.json().at("/items/0/matched").asString()).isEqualTo(matched);
        assertThat(response.json().path("fuzzy").asBoolean()).isFalse();
    }

    @Test
    void theLastWordIsAlsoAPrefix() {
        assertThat(api.get("/api/v1/search?q=glyp").texts("/items", "key")).contains("GPC3");
        assertThat(api.get("/api/v1/search?q=NCT0478").texts("/items", "key")).contains("NCT04787263");
        assertThat(api.get("/api/v1/search?q=" + param("CAR-GPC3 T cel")).texts("/items", "key"))
                .contains("car-gpc3-t-cells");
    }

    @Test
    void aTypeKeepsOnlyHitsOfThatType() {
        var response = api.get("/api/v1/search?q=GPC3&type=therapy");
        assertThat(response.texts("/items", "type")).isNotEmpty().containsOnly("Therapy");
        assertThat(response.texts("/items", "key")).contains("car-gpc3-t-cells");
    }

    @Test
    void aMisspellingFallsBackToAFuzzySearch() {
        var response = api.get("/api/v1/search?q=glypicam");
        assertThat(response.json().path("fuzzy").asBoolean()).isTrue();
        assertThat(response.texts("/items", "key")).contains("GPC3");
    }

    @Test
    void aShortWordIsForgivenOneMistakeNotTwo() {
        var oneMistake = api.get("/api/v1/search?q=epcom");
        assertThat(oneMistake.json().path("fuzzy").asBoolean()).isTrue();
        assertThat(oneMistake.texts("/items", "key")).contains("EPCAM");
        // Two mistakes in five letters: a suggestion no person would make (sloan -> slam, docs/performance.md).
        assertThat(api.get("/api/v1/search?q=apcom").texts("/items", "key")).doesNotContain("EPCAM");
    }

    @Test
    void aHyphenatedWordIsFoundWholeNotByEitherHalf() {
        // Each part the index splits is a phrase: CAR-NK needs both words, so CAR-T cell therapy (car, t) is no hit.
        var response = api.get("/api/v1/search?q=" + param("CAR-NK cell") + "&type=modality");
        assertThat(response.texts("/items", "key")).contains("car-nk").doesNotContain("car-t", "armored-car-t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAR-T (GPC3) AND *", "her2~ OR \"", "title:x [a TO z]", "a/b c:d", "OR", "NOT",
            "a+b (c) d:e~2 f* \"g\\", "x\" OR \"y", "cd19\\ OR"})
    void luceneSyntaxIsSearchedLiterallyNeverAnError(String q) {
        var response = api.get("/api/v1/search?q=" + param(q));
        assertThat(response.status()).as(q + ": " + response.raw()).isEqualTo(200);
    }

    @Test
    void theLimitIsHonouredAndCapped() {
        assertThat(api.get("/api/v1/search?q=cancer&limit=2").json().path("items").size()).isLessThanOrEqualTo(2);
        var tooMany = api.get("/api/v1/search?q=cancer&limit=101");
        assertProblem(tooMany, 400, "invalid-parameter");
        assertThat(tooMany.json().at("/errors/0/reason").asString()).isEqualTo("must be at most 100");
    }

    @Test
    void aMissingOrEmptyQueryIs400() {
        var missing = api.get("/api/v1/search");
        assertProblem(missing, 400, "invalid-parameter");
        assertThat(missing.json().at("/errors/0/parameter").asString()).isEqualTo("q");
        assertProblem(api.get("/api/v1/search?q=" + param("-*-")), 400, "invalid-parameter");
        assertProblem(api.get("/api/v1/search?q=" + param("\\")), 400, "invalid-parameter");
        var badType = api.get("/api/v1/search?q=x&type=planet");
        assertProblem(badType, 400, "invalid-parameter");
        assertThat(badType.json().at("/errors/0/parameter").asString()).isEqualTo("type");
    }
}
