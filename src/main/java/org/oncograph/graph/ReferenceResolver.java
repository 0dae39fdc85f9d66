package org.oncograph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.oncograph.web.AmbiguousReferenceException;
import org.oncograph.web.InvalidParameterException;
import org.oncograph.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the entity a person means by what they typed: a key ({@code ERBB2}, {@code MONDO:0007256},
 * {@code NCT04787263}, a ROR id, a slug) or any other identifier (HGNC, MONDO, NCIt, DOID, ROR), looked up through
 * the constraint and range indexes first; then a name, synonym or alias, case-, accent- and punctuation-
 * insensitively, through the {@code entity_names} full-text index. Never scans nodes. A key beats a name, a name
 * beats a synonym; several entities at the best level answer 409 with the candidates, none 404 with suggestions.
 */
@Component
public class ReferenceResolver {

    /** Full-text hits examined for an exact name; generous, so a common word cannot push the right one out. */
    static final int NAME_CANDIDATES = 100;
    static final int SUGGESTIONS = 5;
    /**
     * Longest reference looked up. No name or key is near it, and a longer one would reach Lucene as a fuzzy term
     * whose automaton is too complex to build (a 5,000-character reference answered 500; InjectionCorpusIT).
     */
    static final int MAX_REFERENCE_LENGTH = 200;

    private static final Pattern ROR_URL = Pattern.compile("^(?:https?://)?ror\\.org/([0-9a-z]{9})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_ROR = Pattern.compile("^0[0-9a-z]{6}[0-9]{2}$");

    /**
     * What naming an entity needs of a node: its labels, keys and names. Lookups return this projection rather than
     * the node, whose other properties (a trial's arms and eligibility text) would cross Bolt for nothing.
     */
    private static final String NAMED = "{labels: labels(%1$s), .id, .symbol, .nctId, .code, .name, .title, "
            + ".commonName, .synonyms, .aliases, .isoforms}";

    private static final String BY_NAME = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
            WHERE any(label IN labels(node) WHERE label IN $labels)
            RETURN %s AS node, score""".formatted(named("node"));

    private final GraphReads reads;
    private final Map<Set<EntityType>, String> keyQueries = new ConcurrentHashMap<>();

    ReferenceResolver(GraphReads reads) {
        this.reads = reads;
    }

    /** The entity of one type that {@code reference} (from request parameter {@code parameter}) means. */
    public EntitySummary resolve(String parameter, String reference, EntityType type) {
        return resolve(parameter, reference, EnumSet.of(type));
    }

    /** The entity of any of {@code types} that {@code reference} means. */
    public EntitySummary resolve(String parameter, String reference, Collection<EntityType> types) {
        return reads.transaction(tx -> resolve(tx, parameter, reference, types));
    }

    /**
     * The same, in a transaction the caller holds, so that an endpoint can resolve its subject and read its answer
     * in one transaction (one BEGIN and COMMIT per request instead of two).
     */
    public EntitySummary resolve(TransactionContext tx, String parameter, String reference,
                                 Collection<EntityType> types) {
        Set<EntityType> allowed = EnumSet.copyOf(types);
        String ref = reference.strip();
        if (ref.length() > MAX_REFERENCE_LENGTH) {
            throw new InvalidParameterException(parameter, "must be at most " + MAX_REFERENCE_LENGTH + " characters");
        }
        boolean searchable = FullText.searchable(ref);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("keys", keyVariants(ref));
        parameters.put("ref", ref);
        parameters.put("index", FullText.INDEX);
        parameters.put("query", searchable ? FullText.phrase(ref) : "\"\"");
        parameters.put("searchable", searchable);
        parameters.put("limit", NAME_CANDIDATES);
        parameters.put("labels", allowed.stream().map(EntityType::label).toList());
        // One statement: the key lookups, and only when they find nothing, the full-text name lookup.
        Record found = tx.run(lookupQuery(allowed), parameters).single();
        List<Value> byKey = found.get("byKey").asList(v -> v);
        if (byKey.size() == 1) {
            return EntitySummary.of(byKey.get(0));
        }
        if (byKey.size() > 1) {
            throw new AmbiguousReferenceException(parameter, ref,
                    byKey.stream().map(n -> candidate(n, ref)).toList());
        }
        return byName(tx, parameter, ref, allowed, found.get("byName").asList(v -> v));
    }

    private EntitySummary byName(TransactionContext tx, String parameter, String ref, Set<EntityType> allowed,
                                 List<Value> hits) {
        List<String> labels = allowed.stream().map(EntityType::label).toList();
        String wanted = FullText.normalise(ref);
        Map<EntitySummary, Value> byName = new LinkedHashMap<>();
        Map<EntitySummary, Value> bySynonym = new LinkedHashMap<>();
        for (Value node : hits) {
            if (names(node).stream().anyMatch(n -> FullText.normalise(n).equals(wanted))) {
                byName.putIfAbsent(EntitySummary.of(node), node);
            } else if (synonyms(node).stream().anyMatch(n -> FullText.normalise(n).equals(wanted))) {
                bySynonym.putIfAbsent(EntitySummary.of(node), node);
            }
        }
        Map<EntitySummary, Value> best = byName.isEmpty() ? bySynonym : byName;
        if (best.size() == 1) {
            return EntitySummary.of(best.values().iterator().next());
        }
        if (best.size() > 1) {
            throw new AmbiguousReferenceException(parameter, ref,
                    best.values().stream().map(n -> candidate(n, ref)).toList());
        }
        throw new NotFoundException("No " + describe(allowed) + " is known as '" + ref + "' (" + parameter + ").",
                suggestions(tx, ref, labels));
    }

    private List<ReferenceCandidate> suggestions(TransactionContext tx, String ref, List<String> labels) {
        String fuzzy = FullText.fuzzy(ref);
        if (fuzzy == null) {
            return List.of();
        }
        return tx.run(BY_NAME, Map.of("index", FullText.INDEX, "query", fuzzy, "limit", SUGGESTIONS * 4,
                        "labels", labels)).list(r -> candidate(r.get("node"), ref)).stream()
                .limit(SUGGESTIONS).toList();
    }

    /**
     * The projection {@code {labels: labels(n), .id, ...}} of the node bound to {@code variable}: what
     * {@link EntitySummary#of(Value)}, {@link #matchedName} and the name lookup read.
     */
    public static String named(String variable) {
        return variable + " " + NAMED.formatted(variable);
    }

    /** The entity as a candidate, with the name of it closest to what was typed. */
    static ReferenceCandidate candidate(Value node, String typed) {
        EntitySummary summary = EntitySummary.of(node);
        return new ReferenceCandidate(summary.type(), summary.key(), summary.name(), matchedName(node, typed));
    }

    /**
     * Which of the entity's names matches the typed text best: equal, then containing it, else its name. The node
     * is a node or its {@link #named} projection.
     */
    public static String matchedName(Value node, String typed) {
        String wanted = FullText.normalise(typed);
        List<String> all = new ArrayList<>(names(node));
        all.addAll(synonyms(node));
        for (String name : all) {
            if (FullText.normalise(name).equals(wanted)) {
                return name;
            }
        }
        for (String name : all) {
            if (!wanted.isEmpty() && FullText.normalise(name).contains(wanted)) {
                return name;
            }
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String name : all) {
            for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 1 && name.toLowerCase(Locale.ROOT).contains(word)) {
                    return name;
                }
            }
        }
        return EntitySummary.of(node).name();
    }

    /** The names a node is known by first: its display name, key and other primary names. */
    static List<String> names(MapAccessor node) {
        Set<String> out = new LinkedHashSet<>();
        for (String property : List.of("name", "title", "commonName", "symbol", "nctId")) {
            String value = Nodes.string(node, property);
            if (value != null) {
                out.add(value);
            }
        }
        return List.copyOf(out);
    }

    /** The other names: synonyms, aliases, isoforms. */
    static List<String> synonyms(MapAccessor node) {
        List<String> out = new ArrayList<>();
        for (String property : List.of("synonyms", "aliases", "isoforms")) {
            Nodes.strings(node, property).stream().filter(s -> s != null && !s.isBlank()).forEach(out::add);
        }
        return out;
    }

    /**
     * The spellings under which a key may be stored: as typed, upper case (symbols, NCT ids, CURIE prefixes),
     * lower case (slugs, ROR ids), and ROR URLs or bare ROR ids as {@code ror:...}.
     */
    static List<String> keyVariants(String ref) {
        Set<String> out = new LinkedHashSet<>();
        out.add(ref);
        out.add(ref.toUpperCase(Locale.ROOT));
        out.add(ref.toLowerCase(Locale.ROOT));
        int colon = ref.indexOf(':');
        if (colon > 0) {
            String prefix = ref.substring(0, colon);
            String rest = ref.substring(colon + 1);
            out.add(prefix.toUpperCase(Locale.ROOT) + ":" + rest);
            out.add(prefix.toLowerCase(Locale.ROOT) + ":" + rest);
            out.add(prefix.toUpperCase(Locale.ROOT) + ":" + rest.toUpperCase(Locale.ROOT));
            out.add(prefix.toLowerCase(Locale.ROOT) + ":" + rest.toLowerCase(Locale.ROOT));
        }
        Matcher url = ROR_URL.matcher(ref);
        if (url.matches()) {
            out.add("ror:" + url.group(1).toLowerCase(Locale.ROOT));
            out.add(url.group(1).toLowerCase(Locale.ROOT));
        } else if (BARE_ROR.matcher(ref.toLowerCase(Locale.ROOT)).matches()) {
            out.add("ror:" + ref.toLowerCase(Locale.ROOT));
        }
        if (ref.startsWith("10.") && ref.contains("/")) {
            out.add("doi:" + ref.toLowerCase(Locale.ROOT));
            out.add("doi:" + ref);
        }
        return List.copyOf(out);
    }

    /**
     * One index-backed lookup per key property of every allowed type, then (only if none matched) the full-text
     * lookup of the name; labels and properties are constants.
     */
    private String lookupQuery(Set<EntityType> types) {
        return keyQueries.computeIfAbsent(types, t -> {
            List<String> parts = new ArrayList<>();
            for (EntityType type : t) {
                String named = named("n") + " AS n";
                parts.add("MATCH (n:" + type.label() + ") WHERE n." + type.keyProperty() + " IN $keys RETURN "
                        + named);
                for (String alternate : type.alternateKeys()) {
                    parts.add("MATCH (n:" + type.label() + ") WHERE n." + alternate + " IN $keys RETURN " + named);
                }
                if (type == EntityType.COUNTRY) {
                    // Countries are not in the full-text index; there are only ~250, so their names are scanned.
                    parts.add("MATCH (n:Country) WHERE toLower(n.name) = toLower($ref) RETURN " + named);
                }
            }
            return "CALL () {\n  " + String.join("\n  UNION\n  ", parts) + "\n}\n"
                    + "WITH collect(n)[..20] AS byKey\n"
                    + "CALL (byKey) {\n"
                    + "  WITH byKey WHERE size(byKey) = 0 AND $searchable\n"
                    + "  CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node\n"
                    + "  WHERE any(label IN labels(node) WHERE label IN $labels)\n"
                    + "  RETURN collect(" + named("node") + ") AS byName\n"
                    + "}\n"
                    + "RETURN byKey, byName";
        });
    }

    private static String describe(Set<EntityType> types) {
        if (types.size() == 1) {
            return types.iterator().next().label().toLowerCase(Locale.ROOT)
                    .replace("adverseeffect", "adverse effect");
        }
        return types.containsAll(EntityType.referable()) ? "entity"
                : types.stream().map(t -> t.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
    }
}
