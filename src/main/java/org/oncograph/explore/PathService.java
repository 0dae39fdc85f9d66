package org.oncograph.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * How two entities are connected: the shortest paths up to {@code maxLength} relationships, at most
 * {@code limit} of them, found by a bounded bidirectional breadth-first search driven from here, one statement
 * per level in one read transaction. {@code allShortestPaths} expanded every relationship of every hub on the
 * way (CD19 has ~90,000 trials at ClinicalTrials.gov scale); here each level reads at most {@link #LEVEL_ROWS}
 * relationships, fairly shared by its frontier nodes, and always grows the side with the smaller frontier, so
 * that a hub is entered from its small neighbours rather than expanded. When a cap kept relationships unread the
 * answer says {@code bounded}: the paths returned are then the shortest among those found.
 */
@Component
class PathService {

    static final int DEFAULT_LENGTH = 4;
    static final int MAX_LENGTH = 5;
    /** Relationships one level may read, whatever its frontier. */
    static final int LEVEL_ROWS = 1_000;
    /** Relationships every frontier node may read however large the frontier. */
    static final int MIN_PER_NODE = 10;
    /** Nodes a frontier may hold; beyond it, a side's further nodes are not expanded. */
    static final int MAX_FRONTIER = LEVEL_ROWS / MIN_PER_NODE;
    /** Nodes checked for a relationship straight to a waiting hub end in one level (see INTO). */
    static final int MAX_INTO = 250;
    /** Ways to reach one node that are remembered; enough to list {@code MAX_PATHS} paths through it. */
    static final int MAX_PARENTS = ExploreController.MAX_PATHS;

    /** An end of the path; its degree comes from the degree store, without reading its relationships. */
    private static final String END = """
            MATCH (n:%s {%s: $key})
            RETURN elementId(n) AS id, COUNT { (n)--() } AS degree""";

    /** Only ids: the few nodes and relationships on the paths found are read once, at the end. */
    private static final String LEVEL = """
            UNWIND $frontier AS id
            MATCH (n) WHERE elementId(n) = id
            CALL (n) {
              MATCH (n)-[r]-(m)
              RETURN r, m LIMIT $perNode
            }
            WITH n, r, m LIMIT $levelRows
            RETURN elementId(n) AS from, elementId(r) AS rel, elementId(m) AS to""";

    /**
     * Whether nodes whose expansion was cut connect straight to the other side's end, which is waiting for them
     * because it is a hub. Both ends are bound before the pattern (the subquery imports them: without it the
     * planner expanded all of the hub's relationships), so Neo4j expands into from whichever has fewer
     * relationships of the types (only those the graph model allows at the end's label, written in from the enum): a popular
     * therapy's one TARGETS relationship to CD19 is found although its thousands of TESTS were not all read.
     */
    private static final String INTO = """
            MATCH (t) WHERE elementId(t) = $target
            UNWIND $capped AS id
            MATCH (n) WHERE elementId(n) = id
            CALL (n, t) {
              MATCH (n)-[r%s]-(t)
              RETURN r
            }
            RETURN elementId(n) AS from, elementId(r) AS rel, elementId(t) AS to
            LIMIT $levelRows""";

    private static final String NODES = """
            UNWIND $ids AS id
            MATCH (n) WHERE elementId(n) = id
            RETURN id, labels(n) AS labels, %s AS node""".formatted(EntitySummary.projection("n"));

    private static final String RELATIONSHIPS = """
            UNWIND $ids AS id
            MATCH ()-[r]->() WHERE elementId(r) = id
            RETURN id, type(r) AS type, elementId(startNode(r)) AS start, %s AS evidence"""
            .formatted(Evidence.projection("r"));

    private static final Map<EntityType, String> INTO_QUERIES = new ConcurrentHashMap<>();

    private final GraphReads reads;

    PathService(GraphReads reads) {
        this.reads = reads;
    }

    Paths paths(EntitySummary from, EntitySummary to, int maxLength, int limit) {
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("maxLength out of range: " + maxLength);
        }
        return reads.transaction(tx -> {
            Search search = new Search(end(tx, from), type(from), end(tx, to), type(to));
            search.run(tx, maxLength);
            List<List<Hop>> found = search.paths(limit);
            return new Paths(from, to, maxLength, read(tx, found), search.bounded);
        });
    }

    private static EntityType type(EntitySummary entity) {
        return EntityType.ofLabel(entity.type()).orElseThrow();
    }

    private static Record end(TransactionContext tx, EntitySummary entity) {
        EntityType type = type(entity);
        return tx.run(END.formatted(type.label(), type.keyProperty()), Map.of("key", entity.key())).single();
    }

    /** The INTO statement for an end of {@code type}: the relationship types the graph model allows there. */
    private static String into(EntityType type) {
        return INTO_QUERIES.computeIfAbsent(type, t -> INTO.formatted(Arrays.stream(RelationshipType.values())
                .filter(r -> r.joins(t)).map(Enum::name)
                .collect(Collectors.joining("|", ":", ""))));
    }

    /** One relationship walked from node {@code from} to node {@code to}. */
    record Hop(String from, String relationship, String to) {
    }

    /** One side of the search: how far each node it reached is from its end, and how it was reached. */
    private static final class Side {
        final Map<String, Integer> depth = new HashMap<>();
        /** For each node but the end, the relationships it was first reached by (from a node one step closer). */
        final Map<String, List<Hop>> parents = new HashMap<>();
        List<String> frontier;
        int level;
        /** What growing this side costs, in nodes reached: the end's degree first, then the frontier's size. */
        long weight;
        final String end;
        final EntityType type;

        Side(Record end, EntityType type) {
            String id = end.get("id").asString();
            this.end = id;
            this.type = type;
            depth.put(id, 0);
            frontier = List.of(id);
            weight = end.get("degree").asLong();
        }
    }

    /** The state of one bidirectional search. */
    private static final class Search {
        final Side start;
        final Side end;
        /** Nodes where the two sides met, the middle of the shortest paths found, with those paths' length. */
        final Map<String, Integer> meetings = new LinkedHashMap<>();
        boolean bounded;

        Search(Record from, EntityType fromType, Record to, EntityType toType) {
            start = new Side(from, fromType);
            end = new Side(to, toType);
        }

        void run(TransactionContext tx, int maxLength) {
            while (meetings.isEmpty() && start.level + end.level < maxLength
                    && !start.frontier.isEmpty() && !end.frontier.isEmpty()) {
                // The lighter side grows: a hub at one end waits for the other side to come to it, and is then
                // entered through the relationships of its small neighbours instead of being expanded itself.
                boolean forward = start.weight <= end.weight;
                expand(tx, forward ? start : end, forward ? end : start);
            }
        }

        private void expand(TransactionContext tx, Side side, Side other) {
            List<String> frontier = side.frontier;
            List<String> unexpanded = List.of();
            if (frontier.size() > MAX_FRONTIER) {
                unexpanded = frontier.subList(MAX_FRONTIER, frontier.size());
                frontier = frontier.subList(0, MAX_FRONTIER);
                bounded = true;
            }
            int perNode = Math.max(MIN_PER_NODE, LEVEL_ROWS / frontier.size());
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("frontier", frontier);
            parameters.put("perNode", perNode);
            parameters.put("levelRows", LEVEL_ROWS);
            List<Record> rows = new ArrayList<>(tx.run(LEVEL, parameters).list());
            Map<String, Integer> readPerNode = new LinkedHashMap<>();
            rows.forEach(row -> readPerNode.merge(row.get("from").asString(), 1, Integer::sum));
            if (rows.size() >= LEVEL_ROWS) {
                // The level's budget ran out: its last node, and those after it, may have more.
                String last = rows.get(rows.size() - 1).get("from").asString();
                frontier.stream().filter(n -> n.equals(last) || !readPerNode.containsKey(n))
                        .forEach(n -> readPerNode.put(n, perNode));
            }
            List<String> capped = new ArrayList<>(frontier.stream()
                    .filter(n -> readPerNode.getOrDefault(n, 0) >= perNode).toList());
            capped.addAll(unexpanded);
            if (!capped.isEmpty()) {
                bounded = true;
                if (other.level == 0) {
                    // The other side is still its end alone: whether the nodes not fully read reach it is all
                    // this level can still find, and that check is cheap and exact.
                    rows.addAll(tx.run(into(other.type), Map.of("target", other.end,
                            "capped", capped.subList(0, Math.min(MAX_INTO, capped.size())),
                            "levelRows", LEVEL_ROWS)).list());
                }
            }
            int next = side.level + 1;
            List<String> nextFrontier = new ArrayList<>();
            for (Record row : rows) {
                String from = row.get("from").asString();
                String to = row.get("to").asString();
                Integer known = side.depth.get(to);
                if (known != null && known < next) {
                    continue;
                }
                if (known == null) {
                    side.depth.put(to, next);
                    nextFrontier.add(to);
                }
                List<Hop> parents = side.parents.computeIfAbsent(to, k -> new ArrayList<>());
                Hop hop = new Hop(from, row.get("rel").asString(), to);
                if (parents.size() < MAX_PARENTS && !parents.contains(hop)) {
                    parents.add(hop);
                }
                Integer there = other.depth.get(to);
                if (there != null) {
                    meetings.merge(to, next + there, Math::min);
                }
            }
            side.level = next;
            side.frontier = nextFrontier;
            side.weight = nextFrontier.size();
            // Only the shortest of the meetings (a cap can let a longer one be seen in the same level).
            int shortest = meetings.values().stream().min(Integer::compare).orElse(0);
            meetings.values().removeIf(length -> length > shortest);
        }

        /** Up to {@code limit} of the shortest paths through the meeting nodes, as hops from start to end. */
        List<List<Hop>> paths(int limit) {
            List<List<Hop>> out = new ArrayList<>();
            for (String middle : meetings.keySet()) {
                for (List<Hop> head : walks(start, middle, limit)) {
                    for (List<Hop> tail : walks(end, middle, limit)) {
                        if (out.size() == limit) {
                            return out;
                        }
                        List<Hop> path = new ArrayList<>(head);
                        // The end side's hops point towards the middle: walk them back, from the middle outwards.
                        for (int i = tail.size() - 1; i >= 0; i--) {
                            Hop hop = tail.get(i);
                            path.add(new Hop(hop.to(), hop.relationship(), hop.from()));
                        }
                        out.add(path);
                    }
                }
            }
            return out;
        }

        /** Up to {@code limit} walks from the side's end to {@code node}, each along its remembered parents. */
        private static List<List<Hop>> walks(Side side, String node, int limit) {
            List<Hop> parents = side.parents.get(node);
            if (parents == null) {
                List<List<Hop>> here = new ArrayList<>();
                here.add(List.of());
                return here;
            }
            List<List<Hop>> out = new ArrayList<>();
            for (Hop parent : parents) {
                for (List<Hop> before : walks(side, parent.from(), limit)) {
                    if (out.size() == limit) {
                        return out;
                    }
                    List<Hop> walk = new ArrayList<>(before);
                    walk.add(parent);
                    out.add(walk);
                }
            }
            return out;
        }
    }

    /** The paths as readable steps: one statement for their nodes, one for their relationships. */
    private static List<Paths.Path> read(TransactionContext tx, List<List<Hop>> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> nodeIds = new LinkedHashSet<>();
        Set<String> relationshipIds = new LinkedHashSet<>();
        for (List<Hop> path : found) {
            for (Hop hop : path) {
                nodeIds.add(hop.from());
                nodeIds.add(hop.to());
                relationshipIds.add(hop.relationship());
            }
        }
        Map<String, EntitySummary> nodes = new HashMap<>();
        tx.run(NODES, Map.of("ids", List.copyOf(nodeIds))).forEachRemaining(r -> nodes.put(r.get("id").asString(),
                EntitySummary.of(r.get("labels").asList(Value::asString), r.get("node"))));
        Map<String, Record> relationships = new LinkedHashMap<>();
        tx.run(RELATIONSHIPS, Map.of("ids", List.copyOf(relationshipIds)))
                .forEachRemaining(r -> relationships.put(r.get("id").asString(), r));
        List<Paths.Path> paths = new ArrayList<>();
        for (List<Hop> path : found) {
            List<PathStep> steps = new ArrayList<>();
            for (Hop hop : path) {
                Record r = relationships.get(hop.relationship());
                String type = r.get("type").asString();
                boolean forward = r.get("start").asString().equals(hop.from());
                EntitySummary walkFrom = nodes.get(hop.from());
                EntitySummary walkTo = nodes.get(hop.to());
                EntitySummary subject = forward ? walkFrom : walkTo;
                EntitySummary object = forward ? walkTo : walkFrom;
                steps.add(new PathStep(walkFrom, type, forward ? "forward" : "backward", walkTo,
                        subject.name() + " " + RelationshipType.verbOf(type) + " " + object.name(),
                        Evidence.of(r.get("evidence"))));
            }
            paths.add(new Paths.Path(steps.size(), steps));
        }
        // Storage order differs between databases: sort so that answers are stable.
        paths.sort(Comparator.comparing(PathService::signature));
        return paths;
    }

    private static String signature(Paths.Path path) {
        StringBuilder out = new StringBuilder();
        for (PathStep step : path.steps()) {
            out.append(step.from().type()).append(':').append(step.from().key()).append(' ')
                    .append(step.relationship()).append(' ');
        }
        return out.toString();
    }
}
