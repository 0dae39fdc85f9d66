package org.oncograph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Everything in a graph except internal ids, in a form two graphs can be compared with: counts per label and per
 * relationship type, every node as its sorted labels and properties, every relationship as its type, properties
 * and both end nodes. Two graphs with equal snapshots are the same graph up to internal ids.
 */
public record GraphSnapshot(Map<String, Long> labels, Map<String, Long> types, List<String> nodes, List<String> relationships) {

    public static GraphSnapshot of(Driver driver) {
        Map<String, Long> labels = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        List<String> nodes = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        for (var r : driver.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p").execute().records()) {
            List<String> sorted = new ArrayList<>(r.get("labels").asList(Value::asString));
            sorted.sort(null);
            sorted.forEach(label -> labels.merge(label, 1L, Long::sum));
            nodes.add(sorted + " " + CypherLiterals.of(r.get("p").asMap(Value::asObject)));
        }
        for (var r : driver.executableQuery("""
                MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS p, properties(a) AS a, properties(b) AS b""")
                .execute().records()) {
            types.merge(r.get("type").asString(), 1L, Long::sum);
            relationships.add(CypherLiterals.of(r.get("a").asMap(Value::asObject)) + " -[" + r.get("type").asString()
                    + " " + CypherLiterals.of(r.get("p").asMap(Value::asObject)) + "]-> "
                    + CypherLiterals.of(r.get("b").asMap(Value::asObject)));
        }
        nodes.sort(null);
        relationships.sort(null);
        return new GraphSnapshot(labels, types, nodes, relationships);
    }
}
