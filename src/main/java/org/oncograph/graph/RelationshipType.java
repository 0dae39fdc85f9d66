package org.oncograph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The relationship types of the graph model (docs/graph-model.md), each with the labels it joins and the verb
 * that reads it as a sentence ("CAR-GPC3 T cells <em>targets</em> GPC3"). Cypher takes types from here, never
 * from request input.
 */
public enum RelationshipType {

    TARGETS("targets", "Therapy", "Antigen"),
    TESTS("tests", "Trial", "Therapy"),
    STUDIES("studies", "Trial,Project", "Cancer"),
    SPONSORED_BY("is sponsored by", "Trial", "Institution"),
    CONDUCTED_AT("is conducted at", "Trial", "Institution"),
    HAS_MODALITY("has modality", "Therapy", "Modality"),
    SUBTYPE_OF("is a subtype of", "Modality,Cancer", "Modality,Cancer"),
    STUDIED_FOR("is studied for", "Therapy", "Cancer"),
    EXPLORED_FOR("is explored for", "Modality", "Cancer"),
    EXPRESSED_IN("is expressed in", "Antigen", "Cancer"),
    DEVELOPS("develops", "Institution,Project", "Therapy"),
    PART_OF("is part of", "Institution", "Institution"),
    LOCATED_IN("is located in", "Institution", "Country"),
    AFFILIATED_WITH("is affiliated with", "Person", "Institution"),
    LEADS("leads", "Person", "Project"),
    AUTHORED("authored", "Person", "Publication"),
    OFFICIAL_OF("is an official of", "Person", "Trial"),
    HOSTED_BY("is hosted by", "Project", "Institution"),
    REPORTS("reports", "Publication", "Trial"),
    DESCRIBES("describes", "Publication", "Therapy"),
    MAY_CAUSE("may cause", "Therapy", "AdverseEffect");

    private final String verb;
    private final Set<String> starts;
    private final Set<String> ends;

    RelationshipType(String verb, String starts, String ends) {
        this.verb = verb;
        this.starts = Set.of(starts.split(","));
        this.ends = Set.of(ends.split(","));
    }

    public String verb() {
        return verb;
    }

    /** Whether the graph model lets a node of this label start a relationship of this type. */
    public boolean startsAt(EntityType type) {
        return starts.contains(type.label());
    }

    /** Whether the graph model lets a node of this label end a relationship of this type. */
    public boolean endsAt(EntityType type) {
        return ends.contains(type.label());
    }

    /** Whether the graph model lets a node of this label be either end of a relationship of this type. */
    public boolean joins(EntityType type) {
        return startsAt(type) || endsAt(type);
    }

    /** The type names, for messages and documentation: {@code TARGETS, TESTS, ...}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
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
