package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LiteralRowsTest {

    @Test
    void literalRowsBecomeTheRowsParameter() {
        var p = LiteralRows.of("UNWIND [{id: 'a', props: {n: 1, x: -2.5, e: 1e3, ok: true, no: FALSE, none: null,"
                + " tags: ['x', \"y\"], `odd key`: 'v'}}, {id: 'b', props: {}}] AS row\nMERGE (n:T {id: row.id})").orElseThrow();

        assertThat(p.text()).isEqualTo("UNWIND $rows AS row\nMERGE (n:T {id: row.id})");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("n", 1L);
        props.put("x", -2.5);
        props.put("e", 1000.0);
        props.put("ok", true);
        props.put("no", false);
        props.put("none", null);
        props.put("tags", List.of("x", "y"));
        props.put("odd key", "v");
        assertThat(p.parameters()).containsOnlyKeys("rows");
        assertThat(rowsOf(p)).containsExactly(Map.of("id", "a", "props", props),
                Map.of("id", "b", "props", Map.of()));
    }

    @Test
    void stringEscapesAreCyphers() {
        var rows = rows("UNWIND ['it\\'s', \"say \\\"hi\\\"\", 'a\\\\b', 'tab\\there', 'line\\nnext', '\\u00e9t\\u00E9',"
                + " '\\U0001F600', \"don't\", 'x // not a comment'] AS s RETURN s");
        assertThat(rows).containsExactly("it's", "say \"hi\"", "a\\b", "tab\there", "line\nnext", "été",
                new String(Character.toChars(0x1F600)), "don't", "x // not a comment");
    }

    @Test
    void anythingButAPlainLiteralIsRunAsWritten() {
        for (String statement : List.of(
                "UNWIND [date('2020-01-01')] AS d RETURN d",
                "UNWIND [$x] AS x RETURN x",
                "UNWIND [n.name] AS x RETURN x",
                "UNWIND [1, 2 AS x RETURN x",
                "UNWIND [0x1F] AS x RETURN x",
                "UNWIND [{a: 1, a: 2}] AS x RETURN x",
                "UNWIND ['\\q'] AS x RETURN x",
                "UNWIND range(1, 3) AS x RETURN x",
                "MERGE (n:T {id: 'a'})",
                "UNWIND [1] + [2] AS x RETURN x")) {
            assertThat(LiteralRows.of(statement)).as(statement).isEmpty();
        }
    }

    @Test
    void emptyAndNestedLists() {
        assertThat(rows("UNWIND [] AS x RETURN x")).isEmpty();
        assertThat(rows("unwind [[1, [2]], [], [null]] as x return x"))
                .containsExactly(List.of(1L, List.of(2L)), List.of(), Arrays.asList((Object) null));
    }

    private static List<Object> rows(String statement) {
        return rowsOf(LiteralRows.of(statement).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rowsOf(LiteralRows.Parameterized parameterized) {
        return (List<Object>) parameterized.parameters().get("rows");
    }
}
