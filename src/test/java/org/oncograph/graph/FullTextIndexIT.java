package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.oncograph.OncoGraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search's prefix clause names fields of the full-text index one by one ({@link FullText#PREFIX_FIELDS}): a
 * field renamed or added in cypher/schema without it would silently stop matching as a prefix.
 */
@OncoGraphIntegrationTest
class FullTextIndexIT {

    @Autowired
    Driver driver;

    @Test
    void thePrefixFieldsAreEveryFieldOfTheIndexButTrialTitles() {
        var properties = driver.executableQuery("""
                        SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = $index RETURN properties""")
                .withParameters(Map.of("index", FullText.INDEX)).execute().records().get(0)
                .get("properties").asList(Value::asString);
        assertThat(properties).contains("title");
        assertThat(properties.stream().filter(p -> !p.equals("title")).toList())
                .containsExactlyInAnyOrderElementsOf(FullText.PREFIX_FIELDS);
    }
}
