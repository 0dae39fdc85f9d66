package org.oncograph.graph;

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

    public static EntitySummary of(Node node) {
        return of(node.labels(), node);
    }

    /** From a node's labels and its properties (the node itself, or a projection of the properties read here). */
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

    /** From a node, or from a map with its {@code labels} and properties ({@link ReferenceResolver#named}). */
    public static EntitySummary of(Value node) {
        if (node.hasType(org.neo4j.driver.types.TypeSystem.getDefault().NODE())) {
            return of(node.asNode());
        }
        return of(node.get("labels").asList(Value::asString), node);
    }
}
