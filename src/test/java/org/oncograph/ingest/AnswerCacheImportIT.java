package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The read API's answer cache around writes: an import through OncoGraph drops the answers it made stale before
 * its response returns (so the next read is a MISS with the new data, and a 404 of something just imported is not
 * kept); a write OncoGraph does not see stays invisible until the TTL or a {@code no-cache} request.
 * Synthetic records use NCT99993xxx ids and test-cache-* therapies.
 */
@IngestIntegrationTest
class AnswerCacheImportIT {

    private static final Map<String, String> KEY = Map.of("X-API-Key", "test-api-key");
    private static final String GPC3_THERAPIES = "/api/v1/antigens/GPC3/therapies?size=100";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private ApiClient api;

    @BeforeEach
    void apiClient() {
        api = new ApiClient(port);
    }

    private ApiClient.Response importing(String path, String contentType, String body) {
        var headers = new java.util.HashMap<>(KEY);
        headers.put("Content-Type", contentType);
        var response = api.send("POST", path, body, headers);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    private ApiClient.Response cachedTwice(String path) {
        var first = api.get(path);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        var second = api.get(path);
        assertThat(second.header("X-Cache")).as(path).isEqualTo("HIT");
        return second;
    }

    @Test
    void aCuratedImportShowsAtOnceAndA404OfWhatItAddedIsNotKept() {
        assertThat(cachedTwice(GPC3_THERAPIES).texts("/items", "id")).doesNotContain("test-cache-car");
        assertThat(api.get("/api/v1/therapies/test-cache-car").status()).isEqualTo(404);

        importing("/api/v1/imports/curated?table=therapies", "text/csv",
                "id,name,synonyms,modality,source\ntest-cache-car,Test Cache CAR,,car-t,doi:10.1000/cache\n");
        importing("/api/v1/imports/curated?table=relationships", "text/csv", """
                from_label,from_id,type,to_label,to_id,source,evidence,quote,confidence
                Therapy,test-cache-car,TARGETS,Antigen,GPC3,doi:10.1000/cache,stated,targets GPC3,0.9
                """);

        var after = api.get(GPC3_THERAPIES);
        assertThat(after.header("X-Cache")).isEqualTo("MISS");
        assertThat(after.texts("/items", "id")).contains("test-cache-car");
        var therapy = api.get("/api/v1/therapies/test-cache-car");
        assertThat(therapy.status()).isEqualTo(200);
        assertThat(therapy.header("X-Cache")).isEqualTo("MISS");
    }

    @Test
    void aClinicalTrialsGovImportShowsAtOnce() {
        String search = "/api/v1/search?q=NCT99993001&type=trial";
        assertThat(cachedTwice(search).texts("/items", "key")).doesNotContain("NCT99993001");
        assertThat(api.get("/api/v1/trials/NCT99993001").status()).isEqualTo(404);

        importing("/api/v1/imports/ctgov", "application/json", Studies.v2("NCT99993001", "anti-GPC3 CAR T"));

        var found = api.get(search);
        assertThat(found.header("X-Cache")).isEqualTo("MISS");
        assertThat(found.texts("/items", "key")).startsWith("NCT99993001");
        assertThat(api.get("/api/v1/trials/NCT99993001").status()).isEqualTo(200);
    }

    @Test
    void aWriteOncoGraphDoesNotSeeShowsAfterANoCacheRequestWhichRefreshesTheKeptAnswer() {
        String path = "/api/v1/therapies?antigen=GPC3&size=100";
        cachedTwice(path);
        driver.executableQuery("""
                MATCH (a:Antigen {symbol: 'GPC3'})
                CREATE (t:Therapy {id: 'test-cache-unseen', name: 'Test cache unseen'})
                CREATE (t)-[:TARGETS {sources: ['test'], evidence: 'curated'}]->(a)""").execute();

        var stale = api.get(path);
        assertThat(stale.header("X-Cache")).as("kept until the TTL: nothing announced this write").isEqualTo("HIT");
        assertThat(stale.texts("/items", "id")).doesNotContain("test-cache-unseen");

        var fresh = api.send("GET", path, null, Map.of("Cache-Control", "no-cache"));
        assertThat(fresh.header("X-Cache")).isEqualTo("BYPASS");
        assertThat(fresh.texts("/items", "id")).contains("test-cache-unseen");

        var kept = api.get(path);
        assertThat(kept.header("X-Cache")).isEqualTo("HIT");
        assertThat(kept.raw()).as("the no-cache request replaced the kept answer").isEqualTo(fresh.raw());
    }
}
