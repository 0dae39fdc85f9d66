package org.oncograph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One trial record turned into graph rows, ready for {@link TrialWriter}: for each {@link Part} (a node label or a
 * relationship type) the rows to merge. Its {@link #hash()} covers every row, so an unchanged record (under the same
 * dictionaries) is recognised and skipped, and a changed one is rewritten.
 */
public final class TrialGraph {

    /** The parts of a trial's subgraph, in the order they are written (nodes before the relationships between them). */
    public enum Part {
        SOURCE, TRIAL, THERAPY, ANTIGEN, CANCER, CONDITION, INSTITUTION, COUNTRY, PERSON, PUBLICATION,
        TESTS, TARGETS, STUDIES_CANCER, STUDIES_CONDITION, SPONSORED_BY, CONDUCTED_AT, LOCATED_IN, OFFICIAL_OF,
        AFFILIATED_WITH, REPORTS, CITES
    }

    /** The prefix of a registry record's source id ({@code ctgov:NCT...}): every other source was given by a person. */
    static final String SOURCE_PREFIX = "ctgov:";

    private final String nctId;
    private final String sourceId;
    private final EnumMap<Part, Map<String, Map<String, Object>>> rows = new EnumMap<>(Part.class);
    private String hash;

    TrialGraph(String nctId) {
        this.nctId = nctId;
        this.sourceId = SOURCE_PREFIX + nctId;
        for (Part part : Part.values()) {
            rows.put(part, new LinkedHashMap<>());
        }
    }

    public String nctId() {
        return nctId;
    }

    public String sourceId() {
        return sourceId;
    }

    /** Adds a row unless one with the same key exists (the first wins: e.g. the first arm a therapy is named in). */
    Map<String, Object> add(Part part, String key, Map<String, Object> row) {
        var map = new LinkedHashMap<String, Object>();
        map.put("nctId", nctId);
        map.put("src", sourceId);
        map.putAll(row);
        return rows.get(part).putIfAbsent(key, map) == null ? map : rows.get(part).get(key);
    }

    Map<String, Object> get(Part part, String key) {
        return rows.get(part).get(key);
    }

    /**
     * The rows of a part, in the order they were added: a read-only view, not a copy (the initial load reads each
     * record's rows three times, and copying them was a twentieth of its mapping's CPU).
     */
    public Collection<Map<String, Object>> rows(Part part) {
        return Collections.unmodifiableCollection(rows.get(part).values());
    }

    /** The first row of a part (a trial's own row, its source's), or null when it has none. */
    Map<String, Object> first(Part part) {
        var values = rows.get(part).values();
        return values.isEmpty() ? null : values.iterator().next();
    }

    /** Number of nodes and relationships this trial's record contributes (for throughput figures). */
    public int entityCount() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * The first 16 bytes of the SHA-256 of the rows' {@code toString()} (hex), the digest stored as {@code recordHash}.
     * The text is written by {@link #describe} into a buffer kept per thread, as {@code toString()} would write it:
     * {@code toString()} grew a new builder for every record, a tenth of the initial load's CPU.
     */
    public String hash() {
        if (hash == null) {
            StringBuilder text = TEXT.get();
            text.setLength(0);
            describeRows(text);
            if (text.capacity() > 1 << 20) {
                TEXT.remove(); // an exceptional record: do not keep its buffer
            }
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
                hash = HexFormat.of().formatHex(digest.digest(), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hash;
    }

    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(() -> new StringBuilder(1 << 14));

    /**
     * Appends what {@code String.valueOf(value)} gives for the maps, collections and scalars of the rows. Strings,
     * four values in five, are tested first: on Java 17 a failed {@code instanceof} of an interface ({@code Map},
     * {@code Collection}) scans the class's interfaces every time, and testing every string against both first took
     * a third of the hash's time (the text of a generated record: 33 µs before, 20 after; docs/performance.md).
     */
    private static void describe(StringBuilder out, Object value) {
        if (value instanceof String string) {
            out.append(string);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                describe(out, e.getKey());
                out.append('=');
                describe(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            boolean first = true;
            for (Object element : collection) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                describe(out, element);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** Appends the rows as {@link #rowsToString()} writes them (what {@link #hash()} digests). */
    void describeRows(StringBuilder out) {
        describe(out, rows);
    }

    /** The definition of the hashed text: {@code toString()} of the rows (MapperFastPathsTest holds them equal). */
    String rowsToString() {
        return rows.toString();
    }
}
