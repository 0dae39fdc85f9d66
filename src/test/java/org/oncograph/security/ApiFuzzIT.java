package org.oncograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.neo4j.driver.Driver;
import org.oncograph.OncoGraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Drives every endpoint the OpenAPI document lists with generated input (jqwik: arbitrary Unicode, control
 * characters, Cypher and Lucene fragments, numbers of every size), with the API key: no request may answer 5xx, and
 * the graph must be unchanged at the end. jqwik shrinks a failure to a minimal input. Runs its own application,
 * because jqwik properties do not take part in Spring's test context.
 */
class ApiFuzzIT {

    static ConfigurableApplicationContext app;
    static Path dataDir;
    static String base;
    static ApiEndpoints endpoints;
    static List<Long> before;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeContainer
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("oncograph-fuzz");
        app = SpringApplication.run(OncoGraphApplication.class, "--server.port=0", "--oncograph.embedded.bolt-port=0",
                "--oncograph.embedded.http-port=0", "--oncograph.embedded.page-cache=32MB",
                "--oncograph.embedded.data-dir=" + dataDir, "--oncograph.security.api-key=fuzz-key");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        endpoints = ApiEndpoints.discover(http, base);
        before = counts();
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            if (app != null) {
                assertThat(counts()).as("nodes and relationships after fuzzing").isEqualTo(before);
            }
        } finally {
            if (app != null) {
                app.close();
            }
            if (dataDir != null) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
    }

    @Property(tries = 250)
    void noGeneratedInputToAnyParameterAnswers5xx(@ForAll("operations") ApiEndpoints.Operation operation,
                                                  @ForAll int parameterChoice, @ForAll("hostile") String value)
            throws Exception {
        var request = HttpRequest.newBuilder().header("X-API-Key", "fuzz-key").timeout(Duration.ofSeconds(120));
        if (operation.parameters().isEmpty() || Math.floorMod(parameterChoice, 4) == 0
                && !operation.bodyTypes().isEmpty()) {
            String type = operation.bodyTypes().isEmpty() ? "application/json"
                    : operation.bodyTypes().get(Math.floorMod(parameterChoice, operation.bodyTypes().size()));
            request.uri(URI.create(operation.uri(base, null, null))).header("Content-Type", type)
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(value));
        } else {
            var parameter = operation.parameters().get(Math.floorMod(parameterChoice, operation.parameters().size()));
            request.uri(URI.create(operation.uri(base, parameter, value)))
                    .method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(operation + " " + response.body()).isLessThan(500);
    }

    @Provide
    Arbitrary<ApiEndpoints.Operation> operations() {
        assertThat(endpoints.operations()).as("operations in /v3/api-docs").hasSizeGreaterThanOrEqualTo(10);
        return Arbitraries.of(endpoints.operations());
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> fragments = Arbitraries.of(InjectionCorpusIT.CORPUS.stream()
                .filter(s -> s.length() < 100).toList());
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars("'\"`{}$\\/*:~").ofMaxLength(40),
                Combinators.combine(fragments, Arbitraries.strings().alpha().ofMaxLength(10), fragments)
                        .as((a, b, c) -> a + b + c),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(40)),
                        new java.math.BigInteger("1" + "0".repeat(40))).map(Object::toString),
                Arbitraries.doubles().map(d -> Double.toString(d)),
                Arbitraries.longs().map(Object::toString));
    }

    private static List<Long> counts() {
        var row = app.getBean(Driver.class).executableQuery(
                "RETURN count { (n) } AS nodes, count { ()-[]->() } AS relationships").execute().records().get(0);
        return List.of(row.get("nodes").asLong(), row.get("relationships").asLong());
    }
}
