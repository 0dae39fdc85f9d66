package org.oncograph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The node labels of the graph model with their business key and display property. Cypher that needs a label or
 * key property takes it from here, never from request input.
 */
public enum EntityType {

    THERAPY("Therapy", "id", "name", "therapies", List.of()),
    ANTIGEN("Antigen", "symbol", "name", "antigens", List.of("hgncId")),
    CANCER("Cancer", "id", "name", "cancers", List.of("mondoId", "ncitId", "doid")),
    TRIAL("Trial", "nctId", "title", "trials", List.of()),
    INSTITUTION("Institution", "id", "name", "institutions", List.of("rorId")),
    MODALITY("Modality", "id", "name", "modalities", List.of("ncitId")),
    PERSON("Person", "id", "name", "people", List.of()),
    PUBLICATION("Publication", "id", "title", "publications", List.of("doi", "pmid", "pmcid")),
    PROJECT("Project", "id", "title", "projects", List.of()),
    ADVERSE_EFFECT("AdverseEffect", "id", "name", "adverse-effects", List.of()),
    COUNTRY("Country", "code", "name", "countries", List.of()),
    SOURCE("Source", "id", "title", "sources", List.of());

    private final String label;
    private final String keyProperty;
    private final String nameProperty;
    private final String plural;
    private final List<String> alternateKeys;

    EntityType(String label, String keyProperty, String nameProperty, String plural, List<String> alternateKeys) {
        this.label = label;
        this.keyProperty = keyProperty;
        this.nameProperty = nameProperty;
        this.plural = plural;
        this.alternateKeys = alternateKeys;
    }

    /** The Neo4j label, e.g. {@code Antigen}; also the {@code type} of entities in responses. */
    public String label() {
        return label;
    }

    /** The unique, constraint-backed key property ({@code symbol}, {@code nctId}, ...). */
    public String keyProperty() {
        return keyProperty;
    }

    /** The property people read as the entity's name ({@code name}, or {@code title} for trials). */
    public String nameProperty() {
        return nameProperty;
    }

    /** The plural used in URLs and messages ({@code antigens}). */
    public String plural() {
        return plural;
    }

    /** Other identifier properties a person may type (HGNC id, MONDO/NCIt/DOID ids, ROR id). */
    public List<String> alternateKeys() {
        return alternateKeys;
    }

    /** The types that people look things up by: everything but sources. */
    public static List<EntityType> referable() {
        return Arrays.stream(values()).filter(t -> t != SOURCE).toList();
    }

    public static Optional<EntityType> ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** The first of a node's labels that is a known type. */
    public static Optional<EntityType> ofLabels(Iterable<String> labels) {
        for (String label : labels) {
            Optional<EntityType> type = ofLabel(label);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /** Parses what a client types: {@code antigen}, {@code Antigen}, {@code antigens}, {@code adverse-effect}. */
    public static Optional<EntityType> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
        return Arrays.stream(values())
                .filter(t -> t.label.toLowerCase(Locale.ROOT).equals(wanted)
                        || t.plural.replace("-", "").equals(wanted))
                .findFirst();
    }

    /** Lower-case names for messages and documentation: {@code therapy, antigen, ...}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(t -> t.label.toLowerCase(Locale.ROOT)).toList();
    }
}
