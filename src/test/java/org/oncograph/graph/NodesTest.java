package org.oncograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

/** Properties as analysts may have written them by hand in Neo4j Browser still read as text. */
class NodesTest {

    @Test
    void aListWithANumberOrANullReadsAsTextInsteadOfFailing() {
        var entity = Values.value(Map.of("sources", Arrays.asList("seed:002", 42, null)));

        assertThat(Nodes.strings(entity, "sources")).containsExactly("seed:002", "42", null);
    }

    @Test
    void aSingleValueIsAOneElementListAndAMissingOneIsEmpty() {
        var entity = Values.value(Map.of("sources", "seed:002", "count", 7));

        assertThat(Nodes.strings(entity, "sources")).containsExactly("seed:002");
        assertThat(Nodes.strings(entity, "count")).containsExactly("7");
        assertThat(Nodes.strings(entity, "missing")).isEmpty();
        assertThat(Nodes.string(entity, "sources")).isEqualTo("seed:002");
        assertThat(Nodes.string(entity, "count")).isEqualTo("7");
        assertThat(Nodes.string(entity, "missing")).isNull();
    }
}
