package org.oncograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends an injection corpus to every parameter (path, query, header) and every request body of every endpoint the
 * OpenAPI document lists, with the API key so that writes reach their handlers too. Nothing may answer 5xx, and the
 * graph must hold exactly the same nodes and relationships afterwards.
 */
@OncoGraphIntegrationTest
class InjectionCorpusIT {

    /** Cypher, Lucene, path, encoding and size attacks, and values at the edges of every number type. */
    static final List<String> CORPUS = List.of(
            "'", "\"", "`", "\\", "{", "}", "{}", "//", "/*", "*/", "$", "$param", "${jndi:ldap://x/a}",
            "' RETURN 1 //", "') DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n //",
            "x` DETACH DELETE n //", "GPC3' OR 1=1 //", "1 UNION MATCH (n) RETURN n",
            "MATCH (n) DETACH DELETE n", "CALL db.labels()", "CALL dbms.killQueries([])", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "*", "?", "~", "*:*", "name:*", "a AND OR NOT b", "[a TO z]", "+-&&||!(){}[]^\"~*?:\\/", "\"unterminated",
            "/", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "file:///etc/passwd",
            "\u0000", "a\u0000b", "\r\nX-Injected: 1", "\u202eGPC3", "\uFEFF", "🧬🦠💉", "ＧＰＣ３",
            "<script>alert(1)</script>", "%", "%%", "%00", "", " ", "\t",
            "-1", "0", "-0", "1.5", "1e309", "NaN", "Infinity", "2147483648", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999999999999999", "0x10", "true", "null",
            "x".repeat(5_000), "🧬".repeat(1_500));

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void noParameterOrBodyOfAnyEndpointAnswers5xxOrChangesTheGraph() throws Exception {
        String base = "http://localhost:" + port;
        var endpoints = ApiEndpoints.discover(http, base);
        assertThat(endpoints.operations()).as("operations in /v3/api-docs").hasSizeGreaterThanOrEqualTo(10);
        var before = counts();
        List<String> failures = new ArrayList<>();
        int sent = 0;

        for (var operation : endpoints.operations()) {
            for (var parameter : operation.parameters()) {
                for (String value : CORPUS) {
                    var request = request(operation, operation.uri(base, parameter, value));
                    if (parameter.in().equals("header")) {
                        if (!headerSafe(value)) {
                            continue;
                        }
                        request.header(parameter.name(), value);
                    }
                    sent++;
                    check(request.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build(), value, failures);
                }
            }
            for (String type : operation.bodyTypes()) {
                for (String value : CORPUS) {
                    sent++;
                    check(request(operation, operation.uri(base, null, null)).header("Content-Type", type)
                            .method(operation.method(), HttpRequest.BodyPublishers.ofString(value)).build(), value,
                            failures);
                }
            }
        }

        assertThat(sent).as("requests sent").isGreaterThan(CORPUS.size() * 10);
        assertThat(failures).as("requests answered 5xx").isEmpty();
        assertThat(counts()).as("nodes and relationships after the corpus").isEqualTo(before);
    }

    private HttpRequest.Builder request(ApiEndpoints.Operation operation, String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("X-API-Key", "test-api-key")
                .timeout(Duration.ofSeconds(120));
    }

    private void check(HttpRequest request, String value, List<String> failures) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " " + abbreviate(response.body()) + " <- " + request.method() + " "
                    + abbreviate(request.uri().toString()) + " with " + abbreviate(value));
        }
    }

    private List<Long> counts() {
        var row = driver.executableQuery("RETURN count { (n) } AS nodes, count { ()-[]->() } AS relationships")
                .execute().records().get(0);
        return List.of(row.get("nodes").asLong(), row.get("relationships").asLong());
    }

    /** The HTTP client itself refuses header values with control characters; those are tested in the query. */
    private static boolean headerSafe(String value) {
        return value.chars().noneMatch(c -> c < 0x20 || c == 0x7f) && value.length() < 4_000;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "...(" + s.length() + " chars)" : s;
    }
}
