package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every analyst question of {@code cypher/queries/} against the seeded graph and checks the answer its header
 * promises, so that no example query can go stale. Header lines:
 * {@code // Parameters: {json}} and {@code // Expected: first row {json}; rows: N}.
 */
@OncoGraphIntegrationTest
class CypherQueriesIT {

    private static final Pattern PARAMETERS = Pattern.compile("^//\\s*Parameters:\\s*(\\{.*})\\s*$", Pattern.MULTILINE);
    private static final Pattern EXPECTED =
            Pattern.compile("^//\\s*Expected:\\s*first row\\s*(\\{.*})\\s*;\\s*rows:\\s*(\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern QUESTION = Pattern.compile("^//\\s*Question:\\s*(.+)$", Pattern.MULTILINE);

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyAnalystQuestionGivesItsDocumentedAnswer() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher");
        assertThat(files).as("analyst questions in cypher/queries").hasSizeGreaterThanOrEqualTo(12);
        List<DynamicTest> tests = new ArrayList<>();
        for (Resource file : files) {
            String text = file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            tests.add(DynamicTest.dynamicTest(file.getFilename(), () -> check(file.getFilename(), text)));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private void check(String name, String text) {
        assertThat(QUESTION.matcher(text).find()).as(name + " has a // Question: line").isTrue();
        Matcher parameters = PARAMETERS.matcher(text);
        Matcher expected = EXPECTED.matcher(text);
        assertThat(parameters.find()).as(name + " has a // Parameters: {json} line").isTrue();
        assertThat(expected.find()).as(name + " has a // Expected: first row {json}; rows: N line").isTrue();
        Map<String, Object> params = json.readValue(parameters.group(1), LinkedHashMap.class);
        Map<String, Object> firstRow = json.readValue(expected.group(1), LinkedHashMap.class);
        int rows = Integer.parseInt(expected.group(2));

        var statements = CypherScript.parse(name, text).statements();
        assertThat(statements).as(name + " holds one query").hasSize(1);
        // Analyst questions are reads: run them as such, so a query that writes fails here.
        List<Record> records = driver.executableQuery(statements.get(0).text()).withParameters(params)
                .withConfig(org.neo4j.driver.QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records();

        assertThat(records).as(name + " row count").hasSize(rows);
        if (rows > 0) {
            Record first = records.get(0);
            firstRow.forEach((column, value) -> assertThat(normalise(first.get(column).asObject()))
                    .as(name + " first row, column " + column).isEqualTo(normalise(value)));
        }
    }

    /** JSON numbers and Cypher integers/floats compare by value; lists element by element. */
    private static Object normalise(Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) ? (Object) (long) d : (Object) d;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherQueriesIT::normalise).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalise(v)));
            return copy;
        }
        return value;
    }
}
