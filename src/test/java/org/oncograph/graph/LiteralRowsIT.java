package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.oncograph.OncoGraphProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every seed statement is merged with its rows as a parameter ({@link LiteralRows}); here a real Neo4j evaluates each
 * statement's literal rows as written, and they must equal the parameter the parser made of them.
 */
class LiteralRowsIT {

    @TempDir
    Path home;

    @Test
    void everySeedStatementsRowsAreWhatNeo4jReadsInItsLiteral() {
        List<CypherScript> seed = GraphInitializer.load("classpath*:cypher/seed/*.cypher");
        assertThat(seed).hasSizeGreaterThan(10);
        int statements = 0;
        try (var neo4j = EmbeddedNeo4j.start(new OncoGraphProperties.Embedded(true, home, "127.0.0.1", 0, 0, false, "",
                DataSize.ofMegabytes(16), Duration.ofSeconds(60)));
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            for (CypherScript script : seed) {
                for (CypherScript.Statement statement : script.statements()) {
                    String where = script.name() + ":" + statement.line();
                    var parameterized = LiteralRows.of(statement.text());
                    assertThat(parameterized).as(where + " is UNWIND [<literal rows>] AS row ...").isPresent();
                    String rest = parameterized.get().text().substring("UNWIND $rows ".length());
                    String unwind = statement.text().substring(0, statement.text().length() - rest.length());
                    List<Object> read = driver.executableQuery(unwind + " AS row RETURN collect(row) AS rows")
                            .execute().records().get(0).get("rows").asList(Value::asObject);
                    assertThat(parameterized.get().parameters().get("rows")).as(where).isEqualTo(read);
                    statements++;
                }
            }
        }
        assertThat(statements).isGreaterThan(80);
    }
}
