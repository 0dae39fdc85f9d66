package org.oncograph.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The relationship types of the graph model, each with the verb that reads it as a sentence
 * ("CAR-GPC3 T cells <em>targets</em> GPC3"). Cypher takes types from here, never from request input.
 */
public enum RelationshipType {

    TARGETS("targets"),
    TESTS("tests"),
    STUDIES("studies"),
    SPONSORED_BY("is sponsored by"),
    CONDUCTED_AT("is conducted at"),
    HAS_MODALITY("has modality"),
    SUBTYPE_OF("is a subtype of"),
    STUDIED_FOR("is studied for"),
    EXPLORED_FOR("is explored for"),
    EXPRESSED_IN("is expressed in"),
    DEVELOPS("develops"),
    PART_OF("is part of"),
    LOCATED_IN("is located in"),
    AFFILIATED_WITH("is affiliated with"),
    LEADS("leads"),
    AUTHORED("authored"),
    OFFICIAL_OF("is an official of"),
    HOSTED_BY("is hosted by"),
    REPORTS("reports"),
    DESCRIBES("describes"),
    MAY_CAUSE("may cause");

    private final String verb;

    RelationshipType(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }

    public static Optional<RelationshipType> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }

    /** The verb for a type read from the database; types added later read as their lower-cased name. */
    public static String verbOf(String type) {
        return parse(type).map(RelationshipType::verb).orElse(type.toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
