package org.oncograph.graph;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * An entity as other responses mention it: its type (the label), its business key and its name.
 *
 * @param type the node label, e.g. {@code Antigen}
 * @param key  the business key: HGNC symbol, MONDO/NCIt CURIE, NCT id, ROR id or slug
 * @param name what people call it (the title for trials and publications)
 */
public record EntitySummary(String type, String key, String name) {

    /** The only properties {@link #of(Iterable, MapAccessor)} reads: every key and name property, and commonName. */
    private static final String PROJECTION;

    static {
        Set<String> properties = new LinkedHashSet<>();
        Arrays.stream(EntityType.values()).forEach(t -> {
            properties.add(t.keyProperty());
            properties.add(t.nameProperty());
        });
        properties.add("id");
        properties.add("name");
        properties.add("commonName");
        PROJECTION = properties.stream().map(p -> "." + p).collect(Collectors.joining(", ", " {", "}"));
    }

    public static EntitySummary of(Node node) {
        return of(node.labels(), node);
    }

    /**
     * A Cypher map projection of {@code variable} holding what a summary needs, e.g.
     * {@code m {.id, .symbol, ...}}: reading it instead of the whole node keeps long titles, descriptions and
     * arms off the wire. Read it back with {@link #of(Iterable, MapAccessor)}.
     */
    public static String projection(String variable) {
        return variable + PROJECTION;
    }

    /** A summary from a node's labels and its properties (the whole node or {@link #projection(String)}). */
    public static EntitySummary of(Iterable<String> labels, MapAccessor node) {
        EntityType type = EntityType.ofLabels(labels).orElse(null);
        if (type == null) {
            String label = labels.iterator().hasNext() ? labels.iterator().next() : "Node";
            return new EntitySummary(label, Nodes.string(node, "id"), Nodes.string(node, "name"));
        }
        String key = Nodes.string(node, type.keyProperty());
        // Antigens are known by their common name (HER2), not their HGNC name (erb-b2 receptor tyrosine kinase 2).
        String common = type == EntityType.ANTIGEN ? Nodes.string(node, "commonName") : null;
        String name = common != null ? common : Nodes.string(node, type.nameProperty());
        return new EntitySummary(type.label(), key, name == null ? key : name);
    }

    /** From a node, or from a map of its {@code labels} and properties ({@link ReferenceResolver#named}). */
    public static EntitySummary of(Value node) {
        if (node.hasType(org.neo4j.driver.types.TypeSystem.getDefault().NODE())) {
            return of(node.asNode());
        }
        return of(node.get("labels").asList(Value::asString), node);
    }
}
