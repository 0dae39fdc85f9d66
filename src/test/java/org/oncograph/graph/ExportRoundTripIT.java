package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.oncograph.OncoGraphApplication;
import org.oncograph.OncoGraphIntegrationTest;
import org.oncograph.OncoGraphProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * The portable export reproduces the graph: exported, loaded into a fresh Neo4j, it gives the same nodes,
 * relationships and properties (compared without internal ids) and the same answers to the analyst questions.
 */
@OncoGraphIntegrationTest
class ExportRoundTripIT {

    private static final Pattern PARAMETERS = Pattern.compile("^//\\s*Parameters:\\s*(\\{.*})\\s*$", Pattern.MULTILINE);
    private static final Pattern EXPECTED = Pattern.compile("^//\\s*Expected:\\s*first row\\s*(\\{.*})\\s*;", Pattern.MULTILINE);

    @Autowired
    Driver driver;

    @Autowired
    OncoGraphProperties properties;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void theServedGraphExportedOverHttpLoadsIntoAnEmptyNeo4jAsTheSameGraphWithTheSameAnswers() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/export"))
                .header("X-API-Key", "test-api-key").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("attachment").contains(".cypher"));
        String script = response.body();
        assertThat(script).startsWith(GraphExport.START_MARKER).contains("\n" + GraphExport.END_MARKER);
        assertThat(script).doesNotContain("elementId").doesNotContain(GraphExport.REF);

        try (var target = start(temp.resolve("target")); var targetDriver = connect(target)) {
            var export = new GraphExport(targetDriver, properties);
            export.load("export.cypher", script);
            var source = GraphSnapshot.of(driver);
            var copy = GraphSnapshot.of(targetDriver);
            assertThat(copy.labels()).as("nodes per label").isEqualTo(source.labels());
            assertThat(copy.types()).as("relationships per type").isEqualTo(source.types());
            assertThat(copy).isEqualTo(source);
            assertThat(constraintsAndIndexes(targetDriver)).isEqualTo(constraintsAndIndexes(driver));
            for (var question : analystQuestions().entrySet()) {
                assertThat(answers(targetDriver, question.getValue()))
                        .as(question.getKey()).isEqualTo(answers(driver, question.getValue()));
            }

            export.load("export.cypher", script);
            assertThat(GraphSnapshot.of(targetDriver)).as("loading the same export again changes nothing")
                    .isEqualTo(source);
        }
    }

    @Test
    void everyPropertyTypeAwkwardNamesKeylessNodesAndParallelRelationshipsSurviveTheRoundTrip() throws Exception {
        var small = withBatchSize(2);
        try (var source = start(temp.resolve("source")); var sourceDriver = connect(source);
             var target = start(temp.resolve("target")); var targetDriver = connect(target)) {
            var fromSource = new GraphExport(sourceDriver, small);
            fromSource.load("awkward-graph.cypher", fixture());
            var original = GraphSnapshot.of(sourceDriver);
            assertThat(original.relationships()).as("the fixture loaded").hasSize(8);

            var script = new StringWriter();
            var summary = fromSource.write(script);
            new GraphExport(targetDriver, small).load("export.cypher", script.toString());

            assertThat(summary).isEqualTo(new GraphExport.Summary(original.nodes().size(),
                    original.relationships().size()));
            assertThat(GraphSnapshot.of(targetDriver)).isEqualTo(original);
        }
    }

    @Test
    void anExportCutShortIsRefusedBeforeAnythingIsLoaded() throws Exception {
        try (var source = start(temp.resolve("source")); var sourceDriver = connect(source);
             var target = start(temp.resolve("target")); var targetDriver = connect(target)) {
            var export = new GraphExport(sourceDriver, properties);
            export.load("awkward-graph.cypher", fixture());
            var script = new StringWriter();
            export.write(script);
            String truncated = script.toString().substring(0, script.toString().length() / 2);

            assertThatThrownBy(() -> new GraphExport(targetDriver, properties).load("cut.cypher", truncated))
                    .isInstanceOf(GraphStartupException.class).hasMessageContaining("incomplete");
            assertThat(GraphSnapshot.of(targetDriver).nodes()).isEmpty();
        }
    }

    @Test
    void theCommandLineExportsADataFolderAndLoadsItIntoAnother() throws Exception {
        Path sourceDir = temp.resolve("source");
        GraphSnapshot original;
        try (var source = start(sourceDir); var sourceDriver = connect(source)) {
            new GraphExport(sourceDriver, properties).load("awkward-graph.cypher", fixture());
            original = GraphSnapshot.of(sourceDriver);
        }
        Path file = temp.resolve("out/backup.cypher");

        var exporting = SpringApplication.run(OncoGraphApplication.class, "--oncograph.embedded.data-dir=" + sourceDir,
                "--oncograph.export.to=" + file, "--oncograph.embedded.page-cache=16MB");
        assertThat(exporting.isActive()).as("the export task stops OncoGraph when done").isFalse();
        assertThat(Files.readString(file)).startsWith(GraphExport.START_MARKER).contains(GraphExport.END_MARKER);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no partial file is left behind").containsExactly(file);
        }

        Path restoredDir = temp.resolve("restored");
        var loading = SpringApplication.run(OncoGraphApplication.class, "--oncograph.embedded.data-dir=" + restoredDir,
                "--oncograph.export.load-from=" + file, "--oncograph.embedded.page-cache=16MB");
        assertThat(loading.isActive()).isFalse();
        try (var restored = start(restoredDir); var restoredDriver = connect(restored)) {
            assertThat(GraphSnapshot.of(restoredDriver)).isEqualTo(original);
        }
    }

    private OncoGraphProperties withBatchSize(int batchSize) {
        return new OncoGraphProperties(properties.embedded(), properties.graph(), properties.security(),
                new OncoGraphProperties.Export(null, null, batchSize));
    }

    private static String fixture() throws Exception {
        return new String(ExportRoundTripIT.class.getResourceAsStream("/export/awkward-graph.cypher").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    static EmbeddedNeo4j start(Path dir) {
        return EmbeddedNeo4j.start(new OncoGraphProperties.Embedded(true, dir, "127.0.0.1", 0, 0, false, "",
                DataSize.ofMegabytes(16), Duration.ofSeconds(30)));
    }

    static Driver connect(EmbeddedNeo4j neo4j) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    }

    private static List<String> constraintsAndIndexes(Driver driver) {
        var names = new ArrayList<String>();
        driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute().records()
                .forEach(r -> names.add(r.get("name").asString()));
        driver.executableQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").execute().records()
                .forEach(r -> names.add(r.get("name").asString()));
        names.sort(null);
        return names;
    }

    /** An analyst question: its query, its documented parameters, and the columns its header promises. */
    private record Question(String query, Map<String, Object> parameters, java.util.Set<String> stableColumns) {
    }

    /**
     * Every analyst question of cypher/queries/ by file name. A question's stable columns are those of its
     * {@code // Expected: first row} line: a question may document that other columns (one of several shortest
     * paths) depend on the order the store happens to hold things in, which a reloaded store need not keep.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Question> analystQuestions() throws Exception {
        var questions = new LinkedHashMap<String, Question>();
        var json = JsonMapper.builder().build();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher")) {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            var parameters = PARAMETERS.matcher(text);
            Map<String, Object> params = parameters.find() ? json.readValue(parameters.group(1), Map.class) : Map.of();
            var expected = EXPECTED.matcher(text);
            java.util.Set<String> stable = expected.find()
                    ? ((Map<String, Object>) json.readValue(expected.group(1), Map.class)).keySet() : java.util.Set.of();
            String query = CypherScript.parse(file.getFilename(), text).statements().get(0).text();
            questions.put(file.getFilename(), new Question(query, params, stable));
        }
        return questions;
    }

    /** A question's rows, sorted: rows that tie under its ORDER BY may come in another order from another store. */
    private static List<String> answers(Driver driver, Question question) {
        return driver.executableQuery(question.query()).withParameters(question.parameters()).execute().records()
                .stream().map(r -> {
                    var row = new LinkedHashMap<String, Object>(r.asMap(v -> v));
                    if (!question.stableColumns().isEmpty()) {
                        row.keySet().retainAll(question.stableColumns());
                    }
                    return describe(row);
                }).sorted().toList();
    }

    /**
     * A value without internal ids: nodes and relationships by their labels or type and properties; lists as
     * multisets (sorted), because Cypher promises no order for an unordered collect().
     */
    private static String describe(Object value) {
        Object v = value instanceof Value wrapped ? wrapped.asObject() : value;
        if (v instanceof org.neo4j.driver.types.Node node) {
            return "(" + node.labels() + " " + CypherLiterals.of(node.asMap()) + ")";
        }
        if (v instanceof org.neo4j.driver.types.Relationship relationship) {
            return "[" + relationship.type() + " " + CypherLiterals.of(relationship.asMap()) + "]";
        }
        if (v instanceof org.neo4j.driver.types.Path path) {
            var steps = new ArrayList<String>();
            path.nodes().forEach(node -> steps.add(describe(node)));
            path.relationships().forEach(relationship -> steps.add(describe(relationship)));
            return steps.toString();
        }
        if (v instanceof List<?> list) {
            // collect() without ORDER BY follows the store's order, which a reloaded store need not keep.
            return list.stream().map(ExportRoundTripIT::describe).sorted().toList().toString();
        }
        if (v instanceof Map<?, ?> map) {
            var sorted = new java.util.TreeMap<String, String>();
            map.forEach((k, x) -> sorted.put(String.valueOf(k), describe(x)));
            return sorted.toString();
        }
        return CypherLiterals.of(v);
    }

}
