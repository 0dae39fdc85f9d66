package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splitsStatementsOnSemicolonsAndKeepsTheirStartingLine() {
        var script = CypherScript.parse("a.cypher", """
                // header comment; with a semicolon
                MERGE (a:Antigen {symbol: 'GPC3'});

                MATCH (a:Antigen {symbol: 'GPC3'})
                SET a.name = 'glypican 3';
                """);

        assertThat(script.statements()).extracting(CypherScript.Statement::line).containsExactly(2, 4);
        assertThat(script.statements().get(1).text()).startsWith("MATCH").endsWith("'glypican 3'");
    }

    @Test
    void semicolonsAndCommentMarkersInsideStringsAndNamesAreText() {
        var script = CypherScript.parse("b.cypher", """
                MERGE (s:Source {id: 'seed:001'}) SET s.title = "a; b // not a comment", s.`odd;name` = 'it\\'s; ok';
                """);

        assertThat(script.statements()).hasSize(1);
        assertThat(script.statements().get(0).text()).contains("a; b // not a comment").contains("it\\'s; ok");
    }

    @Test
    void blockCommentsCountTheirLines() {
        var script = CypherScript.parse("c.cypher", "/* one\ntwo\n*/\nRETURN 1;\nRETURN 2");

        assertThat(script.statements()).extracting(CypherScript.Statement::line).containsExactly(4, 5);
    }

    @Test
    void aFileOfOnlyCommentsHasNoStatements() {
        assertThat(CypherScript.parse("d.cypher", "// nothing\n  ;\n/* here */").statements()).isEmpty();
    }

    @Test
    void anUnterminatedStringIsRejectedWithItsLine() {
        assertThatThrownBy(() -> CypherScript.parse("e.cypher", "RETURN 1;\nRETURN 'oops;"))
                .hasMessageContaining("line 2");
    }
}
