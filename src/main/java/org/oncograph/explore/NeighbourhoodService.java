package org.oncograph.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.Evidence;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.RelationshipType;
import org.springframework.stereotype.Component;

/**
 * The subgraph around an entity, breadth first, one level per statement in one read transaction. Each level
 * reads at most what the remaining node budget can use (per node and in total, see {@link #levelRows}), and only
 * the ids, names, types and evidence the answer shows, so a hub with tens of thousands of trials costs no more
 * than the limit allows.
 */
@Component
class NeighbourhoodService {

    static final int DEFAULT_DEPTH = 1;
    static final int MAX_DEPTH = 3;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private static final String ROOT = """
            MATCH (n:%s {%s: $key})
            RETURN elementId(n) AS id, labels(n) AS labels, %s AS node""";

    /**
     * One level. The inner LIMIT bounds what one node (a hub) can add, the outer one the whole level; both are
     * applied lazily, so a hub's relationships beyond them are never read. Relationship types, when asked for,
     * are written into the pattern (from the enum, never from input) so that a dense node reads only their groups.
     */
    private static final String LEVEL = """
            UNWIND $frontier AS id
            MATCH (n) WHERE elementId(n) = id
            CALL (n) {
              MATCH (n)-[r%s]-(m)
              RETURN r, m LIMIT $perNode
            }
            WITH n, r, m LIMIT $levelRows
            RETURN elementId(n) AS from, elementId(m) AS to, labels(m) AS labels, %s AS node,
                   elementId(r) AS rel, type(r) AS type, startNode(r) = n AS out, %s AS evidence""";

    private final GraphReads reads;
    private final Map<String, String> levelQueries = new ConcurrentHashMap<>();

    NeighbourhoodService(GraphReads reads) {
        this.reads = reads;
    }

    /** The neighbourhood, and whether it was cut at the limit. */
    record Result(CytoscapeGraph graph, boolean truncated) {
    }

    Result neighbourhood(EntitySummary center, int depth, int limit, List<RelationshipType> types) {
        EntityType type = EntityType.ofLabel(center.type()).orElseThrow();
        return reads.transaction(tx -> walk(tx, type, center.key(), depth, limit, types));
    }

    /**
     * Rows one level may read: enough for every node the budget still allows ({@code remaining}), one more to
     * tell that the level was cut, and as many again plus one per frontier node for relationships that lead back
     * to nodes already in the answer (each frontier node has at least the one it was found by). Never all of a
     * hub's relationships.
     */
    static int levelRows(int remaining, int frontier) {
        return 2 * (remaining + 1) + frontier;
    }

    private Result walk(TransactionContext tx, EntityType type, String key, int depth, int limit,
                        List<RelationshipType> types) {
        Record root = tx.run(ROOT.formatted(type.label(), type.keyProperty(), EntitySummary.projection("n")),
                Map.of("key", key)).single();
        Map<String, CytoscapeGraph.NodeData> nodes = new LinkedHashMap<>();
        Map<String, CytoscapeGraph.EdgeData> edges = new LinkedHashMap<>();
        Map<String, String> idOf = new HashMap<>();
        add(root.get("id").asString(), root.get("labels"), root.get("node"), 0, nodes, idOf);
        List<String> frontier = List.of(root.get("id").asString());
        boolean truncated = false;
        String query = levelQuery(types);
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            int remaining = limit - nodes.size();
            if (remaining == 0) {
                // The budget is spent with levels still to walk: whatever lies further was cut.
                truncated = true;
                break;
            }
            int levelRows = levelRows(remaining, frontier.size());
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("frontier", frontier);
            parameters.put("perNode", remaining + 1);
            parameters.put("levelRows", levelRows);
            List<Record> rows = tx.run(query, parameters).list();
            if (rows.size() >= levelRows) {
                truncated = true;
            }
            List<String> next = new ArrayList<>();
            for (Record row : rows) {
                String to = row.get("to").asString();
                if (!idOf.containsKey(to)) {
                    if (nodes.size() >= limit) {
                        truncated = true;
                        continue;
                    }
                    add(to, row.get("labels"), row.get("node"), level, nodes, idOf);
                    next.add(to);
                }
                String from = idOf.get(row.get("from").asString());
                boolean out = row.get("out").asBoolean();
                String source = out ? from : idOf.get(to);
                String target = out ? idOf.get(to) : from;
                String relationship = row.get("type").asString();
                String id = source + "|" + relationship + "|" + target;
                CytoscapeGraph.EdgeData edge = edge(id, source, target, relationship, row.get("evidence"));
                if (edges.containsKey(id) && !edges.get(id).equals(edge)) {
                    // Two relationships of one type between the same nodes, with different evidence: keep both.
                    id = id + "|" + row.get("rel").asString().hashCode();
                    edge = edge(id, source, target, relationship, row.get("evidence"));
                }
                edges.putIfAbsent(id, edge);
            }
            frontier = next;
        }
        List<CytoscapeGraph.NodeElement> nodeElements = nodes.values().stream()
                .map(CytoscapeGraph.NodeElement::new).toList();
        List<CytoscapeGraph.EdgeElement> edgeElements = edges.values().stream()
                .map(CytoscapeGraph.EdgeElement::new).toList();
        return new Result(new CytoscapeGraph(new CytoscapeGraph.Elements(nodeElements, edgeElements)), truncated);
    }

    /** The level statement for a set of relationship types (all when empty); built once per set. */
    private String levelQuery(List<RelationshipType> types) {
        String pattern = types.isEmpty() ? ""
                : types.stream().map(Enum::name).distinct().sorted().collect(Collectors.joining("|", ":", ""));
        return levelQueries.computeIfAbsent(pattern, p -> LEVEL.formatted(p, EntitySummary.projection("m"),
                Evidence.projection("r")));
    }

    private static void add(String elementId, Value labels, Value node, int depth,
                            Map<String, CytoscapeGraph.NodeData> nodes, Map<String, String> idOf) {
        EntitySummary summary = EntitySummary.of(labels.asList(Value::asString), node);
        String id = summary.type() + ":" + summary.key();
        idOf.put(elementId, id);
        nodes.put(id, new CytoscapeGraph.NodeData(id, summary.name(), summary.type(), summary.key(), depth));
    }

    private static CytoscapeGraph.EdgeData edge(String id, String source, String target, String type,
                                                Value properties) {
        Evidence evidence = Evidence.of(properties);
        return new CytoscapeGraph.EdgeData(id, source, target, type, RelationshipType.verbOf(type),
                evidence.evidence(), evidence.sources(), evidence.sourceCount(), evidence.confidence(),
                evidence.quote());
    }
}
