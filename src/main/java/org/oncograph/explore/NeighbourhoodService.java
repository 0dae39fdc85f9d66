package org.oncograph.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.Evidence;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.RelationshipType;
import org.springframework.stereotype.Component;

/**
 * The subgraph around an entity, breadth first, one level per statement in one read transaction. Every level is
 * bounded (per node and in total) and the answer stops at {@code limit} nodes, so a hub with tens of thousands
 * of trials costs no more than the limit allows.
 */
@Component
class NeighbourhoodService {

    static final int DEFAULT_DEPTH = 1;
    static final int MAX_DEPTH = 3;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    /** Rows one level may read, whatever the frontier. */
    static final int LEVEL_ROWS = 5000;

    private static final String LEVEL = """
            UNWIND $frontier AS id
            MATCH (n) WHERE elementId(n) = id
            CALL (n) {
              MATCH (n)-[r]-(m)
              WHERE $types IS NULL OR type(r) IN $types
              RETURN r, m LIMIT $perNode
            }
            RETURN r, m
            LIMIT $levelRows""";

    private final GraphReads reads;

    NeighbourhoodService(GraphReads reads) {
        this.reads = reads;
    }

    /** The neighbourhood, and whether it was cut at the limit. */
    record Result(CytoscapeGraph graph, boolean truncated) {
    }

    Result neighbourhood(EntitySummary center, int depth, int limit, List<RelationshipType> types) {
        EntityType type = EntityType.ofLabel(center.type()).orElseThrow();
        List<String> typeNames = types.isEmpty() ? null : types.stream().map(Enum::name).toList();
        return reads.transaction(tx -> walk(tx, type, center.key(), depth, limit, typeNames));
    }

    private Result walk(TransactionContext tx, EntityType type, String key, int depth, int limit,
                        List<String> types) {
        Node root = tx.run("MATCH (n:" + type.label() + " {" + type.keyProperty() + ": $key}) RETURN n",
                Map.of("key", key)).single().get("n").asNode();
        Map<String, CytoscapeGraph.NodeData> nodes = new LinkedHashMap<>();
        Map<String, CytoscapeGraph.EdgeData> edges = new LinkedHashMap<>();
        Map<String, String> idOf = new HashMap<>();
        add(root, 0, nodes, idOf);
        List<String> frontier = List.of(root.elementId());
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            int remaining = limit - nodes.size();
            int perNode = Math.max(1, Math.min(limit, remaining + 1));
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("frontier", frontier);
            parameters.put("types", types);
            parameters.put("perNode", perNode);
            parameters.put("levelRows", LEVEL_ROWS);
            List<Record> rows = tx.run(LEVEL, parameters).list();
            if (rows.size() >= LEVEL_ROWS) {
                truncated = true;
            }
            List<String> next = new ArrayList<>();
            for (Record row : rows) {
                Relationship r = row.get("r").asRelationship();
                Node m = row.get("m").asNode();
                if (!idOf.containsKey(m.elementId())) {
                    if (nodes.size() >= limit) {
                        truncated = true;
                        continue;
                    }
                    add(m, level, nodes, idOf);
                    next.add(m.elementId());
                }
                String source = idOf.get(r.startNodeElementId());
                String target = idOf.get(r.endNodeElementId());
                if (source != null && target != null) {
                    String id = source + "|" + r.type() + "|" + target;
                    if (edges.containsKey(id) && !edges.get(id).equals(edge(id, source, target, r))) {
                        id = id + "|" + r.elementId().hashCode();
                    }
                    edges.putIfAbsent(id, edge(id, source, target, r));
                }
            }
            frontier = next;
        }
        List<CytoscapeGraph.NodeElement> nodeElements = nodes.values().stream()
                .map(CytoscapeGraph.NodeElement::new).toList();
        List<CytoscapeGraph.EdgeElement> edgeElements = edges.values().stream()
                .map(CytoscapeGraph.EdgeElement::new).toList();
        return new Result(new CytoscapeGraph(new CytoscapeGraph.Elements(nodeElements, edgeElements)), truncated);
    }

    private static void add(Node node, int depth, Map<String, CytoscapeGraph.NodeData> nodes,
                            Map<String, String> idOf) {
        EntitySummary summary = EntitySummary.of(node);
        String id = summary.type() + ":" + summary.key();
        idOf.put(node.elementId(), id);
        nodes.put(id, new CytoscapeGraph.NodeData(id, summary.name(), summary.type(), summary.key(), depth));
    }

    private static CytoscapeGraph.EdgeData edge(String id, String source, String target, Relationship r) {
        Evidence evidence = Evidence.of(r);
        return new CytoscapeGraph.EdgeData(id, source, target, r.type(), RelationshipType.verbOf(r.type()),
                evidence.evidence(), evidence.sources(), evidence.confidence(), evidence.quote());
    }
}
