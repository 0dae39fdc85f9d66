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
        if (value == null || value.isNull()) {
            return null;
        }
        return value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING()) ? value.asString()
                : value.toString();
    }

    /** A list property as strings; a single string becomes a one-element list, absent an empty one. */
    public static List<String> strings(MapAccessor entity, String property) {
        Value value = entity.get(property);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())) {
            List<String> out = new ArrayList<>();
            value.values().forEach(v -> out.add(v.isNull() ? null : v.asString(v.toString())));
            return out;
        }
        return List.of(value.asString(value.toString()));
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
