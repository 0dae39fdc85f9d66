package org.oncograph.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.oncograph.graph.EntitySummary;
import org.oncograph.graph.EntityType;
import org.oncograph.graph.Evidence;
import org.oncograph.graph.GraphReads;
import org.oncograph.graph.ReferenceResolver;
import org.oncograph.graph.RelationshipType;
import org.springframework.stereotype.Component;

/**
 * Reads an entity's node and its neighbours for the {@code GET /<type>/{ref}} endpoints. One capped, typed
 * expansion per relationship type and direction that the graph model allows for the label (a hub with 50,000
 * trials costs the same as a leaf), and counts from the degree store.
 */
@Component
public class NeighbourQueries {

    /** Neighbours listed per relationship type and direction. */
    public static final int PER_TYPE = 25;
    /** A neighbour's relationship is read as its evidence only: a hub link's full list of sources stays home. */
    private static final String LINK = Evidence.projection("r");

    private final GraphReads reads;
    private final ReferenceResolver resolver;
    private final Map<EntityType, String> queries = new ConcurrentHashMap<>();

    NeighbourQueries(GraphReads reads, ReferenceResolver resolver) {
        this.reads = reads;
        this.resolver = resolver;
    }

    /** The entity as resolved, its node (for its own properties) and its neighbours. */
    public record Entity(EntitySummary summary, Node node, Neighbours neighbours) {
    }

    /** The entity of {@code type} that the path variable {@code ref} means, with its neighbours. */
    public Entity find(String ref, EntityType type) {
        EntitySummary summary = resolver.resolve("ref", ref, type);
        return reads.transaction(tx -> read(tx, type, summary.key()));
    }

    Entity read(TransactionContext tx, EntityType type, String key) {
        List<Record> rows = tx.run(query(type), Map.of("key", key, "cap", PER_TYPE)).list();
        if (rows.isEmpty()) {
            throw new IllegalStateException("resolved " + type + " " + key + " vanished");
        }
        Node node = rows.get(0).get("n").asNode();
        EntitySummary self = EntitySummary.of(node);
        List<Neighbour> items = new ArrayList<>();
        for (var value : rows.get(0).get("neighbours").values()) {
            String relationship = value.get("type").asString();
            EntitySummary other = EntitySummary.of(value.get("m").asNode());
            boolean out = value.get("out").asBoolean();
            String verb = RelationshipType.verbOf(relationship);
            String text = out ? self.name() + " " + verb + " " + other.name()
                    : other.name() + " " + verb + " " + self.name();
            items.add(new Neighbour(relationship, out ? "out" : "in", other, text, Evidence.of(value.get("link"))));
        }
        // Storage order differs between databases: sort so that answers are stable.
        items.sort(java.util.Comparator.comparing(Neighbour::relationship).thenComparing(Neighbour::direction)
                .thenComparing(n -> String.valueOf(n.entity().name()), String.CASE_INSENSITIVE_ORDER));
        List<NeighbourCount> counts = new ArrayList<>();
        rows.get(0).get("counts").asMap(v -> v.asLong()).forEach((k, n) -> {
            if (n > 0) {
                int split = k.lastIndexOf('_');
                counts.add(new NeighbourCount(k.substring(0, split), k.substring(split + 1), n));
            }
        });
        counts.sort((a, b) -> (a.relationship() + a.direction()).compareTo(b.relationship() + b.direction()));
        return new Entity(self, node, new Neighbours(items, counts));
    }

    /** Built once per type from the enums: labels and relationship types are constants, never input. */
    private String query(EntityType type) {
        return queries.computeIfAbsent(type, t -> {
            List<String> parts = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            // Only the relationships the graph model allows for this label: fewer branches to plan and run.
            for (RelationshipType rel : RelationshipType.values()) {
                if (rel.startsAt(t)) {
                    parts.add("MATCH (n)-[r:" + rel.name() + "]->(m) WITH r, m LIMIT $cap\n    RETURN '"
                            + rel.name() + "' AS type, true AS out, " + LINK + " AS link, m");
                    counts.add(rel.name() + "_out: COUNT { (n)-[:" + rel.name() + "]->() }");
                }
                if (rel.endsAt(t)) {
                    parts.add("MATCH (n)<-[r:" + rel.name() + "]-(m) WITH r, m LIMIT $cap\n    RETURN '"
                            + rel.name() + "' AS type, false AS out, " + LINK + " AS link, m");
                    counts.add(rel.name() + "_in: COUNT { (n)<-[:" + rel.name() + "]-() }");
                }
            }
            if (parts.isEmpty()) {
                parts.add("MATCH (n)-[r]-(m) WITH r, m LIMIT 0 RETURN type(r) AS type, true AS out, " + LINK
                        + " AS link, m");
            }
            return "MATCH (n:" + t.label() + " {" + t.keyProperty() + ": $key})\n"
                    + "CALL (n) {\n  CALL (n) {\n  " + String.join("\n  UNION ALL\n  ", parts) + "\n  }\n"
                    + "  RETURN collect({type: type, out: out, link: link, m: m}) AS neighbours\n}\n"
                    + "RETURN n, neighbours, {" + String.join(", ", counts) + "} AS counts";
        });
    }
}
