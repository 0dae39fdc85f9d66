package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalystQueryTest {

    private static final String FILE = """
            // Question: Which therapies target an antigen?
            // Parameters: {"antigen": "GPC3"}
            // Expected: first row {"therapy": "CAR-GPC3 T cells"}; rows: 2
            // Asked by people choosing a target; synonyms are resolved by the API, not here.

            MATCH (t:Therapy)-[:TARGETS]->(:Antigen {symbol: $antigen}) // the key, not a synonym

            RETURN t.name AS therapy
            ORDER BY therapy;
            """;

    @Test
    void readsTheQuestionItsParametersItsExpectedAnswerAndTheCypherWithoutComments() {
        AnalystQuery query = AnalystQuery.parse("01-therapies.cypher", FILE);

        assertThat(query.question()).isEqualTo("Which therapies target an antigen?");
        assertThat(query.parametersJson()).isEqualTo("{\"antigen\": \"GPC3\"}");
        assertThat(query.firstRowJson()).isEqualTo("{\"therapy\": \"CAR-GPC3 T cells\"}");
        assertThat(query.rows()).isEqualTo(2);
        assertThat(query.expected()).isEqualTo("first row {\"therapy\": \"CAR-GPC3 T cells\"}; rows: 2");
        assertThat(query.statements()).isEqualTo(1);
        assertThat(query.description()).isEqualTo("Asked by people choosing a target; synonyms are resolved by the API, not here.");
        assertThat(query.cypher()).isEqualTo("""
                MATCH (t:Therapy)-[:TARGETS]->(:Antigen {symbol: $antigen})\s
                RETURN t.name AS therapy
                ORDER BY therapy""");
    }

    @Test
    void aFileWithoutHeaderIsNamedAfterItsFileAndHasNoParameters() {
        AnalystQuery query = AnalystQuery.parse("07-trials-by-country.cypher", "MATCH (t:Trial) RETURN count(t)");

        assertThat(query.question()).isNull();
        assertThat(query.title()).isEqualTo("07 trials by country");
        assertThat(query.parametersJson()).isNull();
        assertThat(query.hasExpectation()).isFalse();
        assertThat(query.expected()).isEmpty();
        assertThat(query.cypher()).isEqualTo("MATCH (t:Trial) RETURN count(t)");
    }
}
