package org.oncograph.graph;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Null-safe reads of node, relationship and map properties, for mapping records by hand. */
public final class Nodes {

    private Nodes() {
    }

    public static String string(MapAccessor entity, String property) {
        Value value = entity.get(property);
        return value == null || value.isNull() ? null : text(value);
    }

    /** A list property as strings; a single string becomes a one-element list, absent an empty one. */
    public static List<String> strings(MapAccessor entity, String property) {
        Value value = entity.get(property);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())) {
            List<String> out = new ArrayList<>();
            value.values().forEach(v -> out.add(v.isNull() ? null : text(v)));
            return out;
        }
        return List.of(text(value));
    }

    /**
     * A string as it is, anything else (a number written by hand in Neo4j Browser) as its Cypher text. Not
     * {@code asString(toString())}: that computes the quoted copy of every string for nothing, and throws on a number.
     */
    private static String text(Value value) {
        return value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING()) ? value.asString()
                : value.toString();
    }

    public static Long integer(MapAccessor entity, String property) {
        Value value = entity.get(property);
        return value == null || value.isNull() ? null : value.asLong();
    }

    public static Double number(MapAccessor entity, String property) {
        Value value = entity.get(property);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
