package org.oncograph.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.Evidence;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.RelationshipType;
import org.springframework.stereotype.Component;

/**
 * How two entities are connected: all shortest paths up to a bounded length (the bound is one of the fixed
 * values 1..{@value #MAX_LENGTH}, written into the query as a literal because Cypher cannot take it as a
 * parameter), at most {@code limit} of them.
 */
@Component
class PathService {

    static final int DEFAULT_LENGTH = 4;
    static final int MAX_LENGTH = 5;

    private final GraphReads reads;

    PathService(GraphReads reads) {
        this.reads = reads;
    }

    Paths paths(EntitySummary from, EntitySummary to, int maxLength, int limit) {
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("maxLength out of range: " + maxLength);
        }
        EntityType fromType = EntityType.ofLabel(from.type()).orElseThrow();
        EntityType toType = EntityType.ofLabel(to.type()).orElseThrow();
        String cypher = "MATCH (a:" + fromType.label() + " {" + fromType.keyProperty() + ": $from})\n"
                + "MATCH (b:" + toType.label() + " {" + toType.keyProperty() + ": $to})\n"
                + "MATCH p = allShortestPaths((a)-[*.." + maxLength + "]-(b))\n"
                + "RETURN p LIMIT $limit";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from.key());
        parameters.put("to", to.key());
        parameters.put("limit", limit);
        List<Paths.Path> paths = reads.list(cypher, parameters).stream()
                .map(r -> toPath(r.get("p").asPath())).toList();
        return new Paths(from, to, maxLength, paths);
    }

    private static Paths.Path toPath(Path path) {
        List<PathStep> steps = new ArrayList<>();
        for (Path.Segment segment : path) {
            Node start = segment.start();
            Node end = segment.end();
            Relationship r = segment.relationship();
            boolean forward = r.startNodeElementId().equals(start.elementId());
            EntitySummary walkFrom = EntitySummary.of(start);
            EntitySummary walkTo = EntitySummary.of(end);
            EntitySummary subject = forward ? walkFrom : walkTo;
            EntitySummary object = forward ? walkTo : walkFrom;
            steps.add(new PathStep(walkFrom, r.type(), forward ? "forward" : "backward", walkTo,
                    subject.name() + " " + RelationshipType.verbOf(r.type()) + " " + object.name(),
                    Evidence.of(r)));
        }
        return new Paths.Path(steps.size(), steps);
    }
}
