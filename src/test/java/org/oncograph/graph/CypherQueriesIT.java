package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every analyst question of {@code cypher/queries/} against the seeded graph and checks the answer its header
 * promises, so that no example query can go stale. Header lines (read by {@link AnalystQuery}):
 * {@code // Parameters: {json}} and {@code // Expected: first row {json}; rows: N}.
 */
@OncoGraphIntegrationTest
class CypherQueriesIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyAnalystQuestionGivesItsDocumentedAnswer() {
        List<AnalystQuery> queries = AnalystQuery.loadAll();
        assertThat(queries).as("analyst questions in cypher/queries").hasSizeGreaterThanOrEqualTo(12);
        return queries.stream().map(query -> DynamicTest.dynamicTest(query.file(), () -> check(query)));
    }

    @SuppressWarnings("unchecked")
    private void check(AnalystQuery query) {
        String name = query.file();
        assertThat(query.question()).as(name + " has a // Question: line").isNotNull();
        assertThat(query.parametersJson()).as(name + " has a // Parameters: {json} line").isNotNull();
        assertThat(query.hasExpectation()).as(name + " has a // Expected: first row {json}; rows: N line").isTrue();
        Map<String, Object> params = json.readValue(query.parametersJson(), LinkedHashMap.class);
        Map<String, Object> firstRow = json.readValue(query.firstRowJson(), LinkedHashMap.class);
        int rows = query.rows();

        assertThat(query.statements()).as(name + " holds one query").isEqualTo(1);
        // Analyst questions are reads: run them as such, so a query that writes fails here.
        List<Record> records = driver.executableQuery(query.cypher()).withParameters(params)
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
