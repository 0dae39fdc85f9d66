package org.oncograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.ApiClient;
import org.oncograph.PrometheusScrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import endpoints over HTTP, with broken uploads. Synthetic records use NCT9999xxxx ids. */
@IngestIntegrationTest
class ImportEndpointIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String contentType, byte[] body, boolean withKey) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (withKey) {
            request.header("X-API-Key", "test-api-key");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A response read off the socket: whether the server asked for the body (100), the final status, the body. */
    private record Answer(boolean continued, int status, String body) {
    }

    /**
     * A large upload as curl sends one: {@code Expect: 100-continue}, and the body only once the server answers 100.
     * A body whose declared length is over the bound is refused before it is sent. Without the expectation the
     * client is still uploading when the 413 comes and Tomcat closes the connection, and whether the client reads
     * the answer before the reset is a race (ContinueOnRead). Written on a socket: JDK 17's HttpClient, given
     * {@code expectContinue(true)}, waited forever for a final answer that was not 100.
     */
    private Answer upload(String path, String contentType, byte[] body) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            var in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                    + "X-API-Key: test-api-key\r\nContent-Length: " + body.length + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int status = Integer.parseInt(line(in).substring(9, 12));
            boolean continued = status == 100;
            if (continued) {
                assertThat(line(in)).isEmpty();
                out.write(body);
                out.flush();
                status = Integer.parseInt(line(in).substring(9, 12));
            }
            boolean chunked = false;
            int length = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                chunked |= lower.equals("transfer-encoding: chunked");
                length = lower.startsWith("content-length:") ? Integer.parseInt(header.substring(15).trim()) : length;
            }
            var content = new ByteArrayOutputStream();
            for (int size = chunked ? Integer.parseInt(line(in), 16) : length; size > 0;
                    size = chunked ? Integer.parseInt(line(in), 16) : 0) {
                content.write(in.readNBytes(size));
                if (chunked) {
                    line(in);
                }
            }
            return new Answer(continued, status, content.toString(StandardCharsets.UTF_8));
        }
    }

    private static String line(DataInputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            assertThat(c).as("the connection closed mid-line after: " + line).isNotNegative();
            line.append((char) c);
        }
        return line.toString().stripTrailing();
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return post("/api/v1/imports/ctgov", contentType, body.getBytes(StandardCharsets.UTF_8), true);
    }

    private long graphSize() {
        return driver.executableQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r) AS n")
                .execute().records().get(0).get("n").asLong();
    }

    private long trials(String nctId) {
        return driver.executableQuery("MATCH (t:Trial {nctId: $id}) RETURN count(t) AS n")
                .withParameters(java.util.Map.of("id", nctId)).execute().records().get(0).get("n").asLong();
    }

    @Test
    void importingWithoutTheApiKeyIsRefused() throws Exception {
        var response = post("/api/v1/imports/ctgov", "application/json",
                Studies.v2("NCT99991001", "x").getBytes(StandardCharsets.UTF_8), false);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(trials("NCT99991001")).isZero();
    }

    @Test
    void anNdjsonUploadImportsTheGoodRecordsAndReportsEachBadOne() throws Exception {
        String body = Studies.v2("NCT99991010", "anti-GPC3 CAR T") + "\n"
                + "{\"protocolSection\": \n"
                + Studies.v2("NCT99991011", "x").replace("\"nctId\":\"NCT99991011\",", "") + "\n"
                + Studies.v2("NCT99991012", "CD19 CAR-T") + "\n";
        var response = post("application/x-ndjson", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":2").contains("\"rejectedCount\":2")
                .contains("\"file\":\"request line 2\"").contains("malformed JSON")
                .contains("\"field\":\"protocolSection.identificationModule.nctId\"").contains("missing nctId");
        assertThat(trials("NCT99991010")).isEqualTo(1);
        var target = driver.executableQuery("""
                MATCH (:Trial {nctId: 'NCT99991010'})-[:TESTS]->(:Therapy)-[r:TARGETS]->(a:Antigen)
                RETURN a.symbol AS symbol, r.method AS method, r.quote AS quote""").execute().records();
        assertThat(target).singleElement().satisfies(r -> {
            assertThat(r.get("symbol").asString()).isEqualTo("GPC3");
            assertThat(r.get("quote").asString()).contains("GPC3");
        });
    }

    @Test
    void anUnreadableBodyGetsA400ProblemAndChangesNothing() throws Exception {
        long before = graphSize();
        var malformed = post("application/json", "{\"protocolSection\": {\"identificationModule\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(malformed.body()).contains("https://oncograph.org/problems/malformed-body")
                .contains("malformed JSON").doesNotContain("Exception").doesNotContain("MERGE");
        var unknown = post("application/json", "this is not a trial");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown format");
        var notAZip = post("/api/v1/imports/ctgov", "application/zip", "PK\u0003\u0004broken".getBytes(), true);
        assertThat(notAZip.statusCode()).isEqualTo(400);
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aBodyOverABoundGetsA413ProblemNamingTheBoundAndCountsAsAFailedImport() throws Exception {
        long before = graphSize();
        var api = new ApiClient(port);
        var metricsBefore = PrometheusScrape.of(api);
        var tooLarge = upload("/api/v1/imports/ctgov", "application/json", new byte[3 * 1024 * 1024]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("oncograph.ingest.max-request-size");
        var bomb = post("/api/v1/imports/ctgov", "application/zip",
                Studies.zip("bomb.json", "0".repeat(9 * 1024 * 1024)), true);
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(bomb.body()).contains("\"bound\":\"oncograph.ingest.max-uncompressed-size\"");
        var tableTooLarge = upload("/api/v1/imports/curated", "text/csv", new byte[3 * 1024 * 1024]);
        assertThat(tableTooLarge.status()).isEqualTo(413);
        assertThat(graphSize()).isEqualTo(before);
        // Refused before the importer (the body) or by it (the bomb): both are failed imports in the metrics.
        var metricsAfter = PrometheusScrape.of(api);
        String failures = "oncograph_import_failures_total";
        assertThat(metricsAfter.since(metricsBefore, failures, "source", "ctgov", "reason", "ImportLimitException"))
                .isEqualTo(2);
        assertThat(metricsAfter.since(metricsBefore, failures, "source", "curated", "reason", "ImportLimitException"))
                .isEqualTo(1);
        assertThat(metricsAfter.since(metricsBefore, "oncograph_imports_total", "source", "ctgov", "outcome", "failure"))
                .isEqualTo(2);
    }

    @Test
    void aDeclaredBodyOverTheBoundIsRefusedBeforeTheClientSendsItAndOneThatFitsIsSentAfterA100() throws Exception {
        var refused = upload("/api/v1/imports/ctgov", "application/json", new byte[3 * 1024 * 1024]);
        assertThat(refused.continued()).as("Tomcat's default answers 100 as soon as the headers arrive").isFalse();
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("\"bound\":\"oncograph.ingest.max-request-size\"");
        var fits = upload("/api/v1/imports/ctgov", "application/json",
                Studies.v2("NCT99991030", "x").getBytes(StandardCharsets.UTF_8));
        assertThat(fits.continued()).isTrue();
        assertThat(fits.status()).isEqualTo(200);
        assertThat(fits.body()).contains("\"created\":1");
        assertThat(trials("NCT99991030")).isEqualTo(1);
    }

    @Test
    void aZipOfJsonAndXmlImportsEachEntry() throws Exception {
        byte[] zip = Studies.zip("one.json", Studies.v2("NCT99991020", "x"), "two.xml", Studies.xml("NCT99991021"));
        var response = post("/api/v1/imports/ctgov", "application/zip", zip, true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":2").contains("\"rejectedCount\":0");
        assertThat(trials("NCT99991021")).isEqualTo(1);
    }

    @Test
    void twoOverlappingImportsBothFinishWithoutDuplicates() throws Exception {
        StringBuilder page = new StringBuilder("{\"studies\":[");
        for (int i = 0; i < 30; i++) {
            page.append(i == 0 ? "" : ",").append(Studies.v2("NCT999920%02d".formatted(i), "shared CAR-T product"));
        }
        String body = page.append("]}").toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit((Callable<HttpResponse<String>>) () -> post("application/json", body)));
            }
            for (var run : runs) {
                assertThat(run.get().statusCode()).isEqualTo(200);
                assertThat(run.get().body()).contains("\"rejectedCount\":0");
            }
        } finally {
            pool.shutdown();
        }
        var counts = driver.executableQuery("""
                MATCH (t:Trial) WHERE t.nctId STARTS WITH 'NCT999920'
                RETURN count(t) AS trials, count { MATCH (i:Institution {id: 'test-hospital'}) } AS sites""")
                .execute().records().get(0);
        assertThat(counts.get("trials").asInt()).isEqualTo(30);
        assertThat(counts.get("sites").asInt()).isEqualTo(1);
    }

    @Test
    void everyImportIsCountedInPrometheusByImporterAndResultAndEveryFailureByReason() throws Exception {
        var api = new ApiClient(port);
        var before = PrometheusScrape.of(api);
        String body = Studies.v2("NCT99991040", "x") + "\n" + "{\"protocolSection\": \n"
                + Studies.v2("NCT99991041", "x") + "\n";
        assertThat(post("application/x-ndjson", body).body()).contains("\"created\":2").contains("\"rejectedCount\":1");
        assertThat(post("application/x-ndjson", body).body()).contains("\"unchanged\":2");
        assertThat(post("application/json", "this is not a trial").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/imports/curated?table=therapies", "text/csv",
                "id,name,source\ntest-metrics-x,Test Metrics X,doi:10.1000/metrics\n"
                        .getBytes(StandardCharsets.UTF_8), true).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/imports/curated", "text/csv", "id,name\nx,y\n".getBytes(StandardCharsets.UTF_8), true)
                .statusCode()).as("a CSV body without ?table=").isEqualTo(400);

        var after = PrometheusScrape.of(api);
        String imports = "oncograph_imports_total";
        String records = "oncograph_import_records_total";
        assertThat(after.since(before, imports, "source", "ctgov", "outcome", "success")).isEqualTo(2);
        assertThat(after.since(before, imports, "source", "ctgov", "outcome", "failure")).isEqualTo(1);
        assertThat(after.since(before, records, "source", "ctgov", "result", "created")).isEqualTo(2);
        assertThat(after.since(before, records, "source", "ctgov", "result", "unchanged")).isEqualTo(2);
        assertThat(after.since(before, records, "source", "ctgov", "result", "updated")).isZero();
        assertThat(after.since(before, records, "source", "ctgov", "result", "rejected")).isEqualTo(2);
        assertThat(after.since(before, "oncograph_import_failures_total", "source", "ctgov", "reason",
                "UnreadableImportException")).isEqualTo(1);
        assertThat(after.since(before, "oncograph_import_duration_seconds_count", "source", "ctgov", "outcome",
                "success")).isEqualTo(2);
        assertThat(after.since(before, imports, "source", "curated", "outcome", "success")).isEqualTo(1);
        assertThat(after.since(before, imports, "source", "curated", "outcome", "failure")).isEqualTo(1);
        assertThat(after.since(before, records, "source", "curated", "result", "imported")).isEqualTo(1);
        assertThat(after.since(before, "oncograph_import_failures_total", "source", "curated", "reason",
                "UnreadableImportException")).isEqualTo(1);
    }

    @Test
    void curatedTablesImportAndARelationshipRowWithoutASourceIsRejected() throws Exception {
        var therapies = post("/api/v1/imports/curated?table=therapies", "text/csv",
                "id,name,synonyms,modality,source\ntest-car-x,Test CAR X,TCX-1|tcx1,car-t,doi:10.1000/test\n"
                        .getBytes(StandardCharsets.UTF_8), true);
        assertThat(therapies.statusCode()).isEqualTo(200);
        var antigens = post("/api/v1/imports/curated", "application/json",
                "{\"antigens\": [{\"symbol\": \"GPC3\", \"name\": \"glypican 3\", \"source\": \"doi:10.1000/test\"}]}"
                        .getBytes(StandardCharsets.UTF_8), true);
        assertThat(antigens.statusCode()).isEqualTo(200);
        var relationships = post("/api/v1/imports/curated?table=relationships", "text/csv", """
                from_label,from_id,type,to_label,to_id,source,evidence,quote,confidence
                Therapy,test-car-x,TARGETS,Antigen,GPC3,doi:10.1000/test,stated,targets GPC3,0.9
                Therapy,test-car-x,TARGETS,Antigen,CD19,,stated,,
                Therapy,test-car-x,LIKES,Antigen,CD19,doi:10.1000/test,stated,,
                Therapy,no-such-therapy,TARGETS,Antigen,GPC3,doi:10.1000/test,curated,,
                """.getBytes(StandardCharsets.UTF_8), true);
        assertThat(relationships.statusCode()).isEqualTo(200);
        assertThat(relationships.body()).contains("\"imported\":1").contains("\"rejectedCount\":3")
                .contains("every relationship row needs a source").contains("unknown relationship type 'LIKES'")
                .contains("no Therapy with that id exists");
        var link = driver.executableQuery("""
                MATCH (:Therapy {id: 'test-car-x'})-[r:TARGETS]->(:Antigen {symbol: 'GPC3'})
                RETURN r.sources AS sources, r.evidence AS evidence""").execute().records();
        assertThat(link).singleElement().satisfies(r ->
                assertThat(r.get("sources").asList(v -> v.asString())).containsExactly("doi:10.1000/test"));
    }
    /**
     * A link stated by more records than an answer lists (20): the source a person gave is listed before them, so the
     * answer shows it, whether the records came first or (in a graph an older version wrote) it was appended after
     * them.
     */
    @Test
    void aCuratedSourceIsListedBeforeTheRecordsThatStateTheSameLink() throws Exception {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            records.append(Studies.v2("NCT999950%02d".formatted(i), "anti-MSLN CAR T OGX-5")).append('\n');
        }
        assertThat(post("application/x-ndjson", records.toString()).statusCode()).isEqualTo(200);
        var link = driver.executableQuery("""
                MATCH (:Trial {nctId: 'NCT99995000'})-[:TESTS]->(t:Therapy)-[r:TARGETS]->(a:Antigen {symbol: 'MSLN'})
                RETURN t.id AS therapy, r.sources AS sources""").execute().records().get(0);
        String therapy = link.get("therapy").asString();
        List<String> stated = link.get("sources").asList(v -> v.asString());
        assertThat(stated).hasSize(24).allMatch(s -> s.startsWith("ctgov:NCT999950"));

        String row = "from_label,from_id,type,to_label,to_id,source,evidence\nTherapy," + therapy
                + ",TARGETS,Antigen,MSLN,doi:10.1000/curated-msln,curated\n";
        assertThat(post("/api/v1/imports/curated?table=relationships", "text/csv",
                row.getBytes(StandardCharsets.UTF_8), true).body()).contains("\"imported\":1");
        List<String> expected = new ArrayList<>(List.of("doi:10.1000/curated-msln"));
        expected.addAll(stated);
        assertThat(sources(therapy)).containsExactlyElementsOf(expected);
        var answer = new ApiClient(port).get("/api/v1/therapies/" + therapy);
        var evidence = answer.json().at("/neighbours/items").valueStream()
                .filter(n -> n.path("relationship").asString().equals("TARGETS")
                        && n.at("/entity/key").asString().equals("MSLN"))
                .findFirst().orElseThrow().path("evidence");
        assertThat(evidence.path("sources").get(0).asString()).isEqualTo("doi:10.1000/curated-msln");
        assertThat(evidence.path("sources")).hasSize(20);
        assertThat(evidence.path("sourceCount").asInt()).isEqualTo(25);

        // As an older version left it: appended after the records. Importing the row again moves it first, once.
        driver.executableQuery("""
                MATCH (:Therapy {id: $therapy})-[r:TARGETS]->(:Antigen {symbol: 'MSLN'})
                SET r.sources = r.sources[1..] + r.sources[0]""")
                .withParameters(java.util.Map.of("therapy", therapy)).execute();
        post("/api/v1/imports/curated?table=relationships", "text/csv", row.getBytes(StandardCharsets.UTF_8), true);
        assertThat(sources(therapy)).containsExactlyElementsOf(expected);
        // Imported once more, in place: nothing moves.
        post("/api/v1/imports/curated?table=relationships", "text/csv", row.getBytes(StandardCharsets.UTF_8), true);
        assertThat(sources(therapy)).containsExactlyElementsOf(expected);
    }

    private List<String> sources(String therapy) {
        return driver.executableQuery("""
                MATCH (:Therapy {id: $therapy})-[r:TARGETS]->(:Antigen {symbol: 'MSLN'}) RETURN r.sources AS sources""")
                .withParameters(java.util.Map.of("therapy", therapy)).execute().records().get(0)
                .get("sources").asList(v -> v.asString());
    }
}
