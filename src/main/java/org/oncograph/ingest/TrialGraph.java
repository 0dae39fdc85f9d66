package org.oncograph.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final String nctId;
    private final String sourceId;
    private final EnumMap<Part, Map<String, Map<String, Object>>> rows = new EnumMap<>(Part.class);
    private String hash;

    TrialGraph(String nctId) {
        this.nctId = nctId;
        this.sourceId = "ctgov:" + nctId;
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

    public List<Map<String, Object>> rows(Part part) {
        return new ArrayList<>(rows.get(part).values());
    }

    /** Number of nodes and relationships this trial's record contributes (for throughput figures). */
    public int entityCount() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * The first 16 bytes of the SHA-256 of the rows' {@code toString()} in UTF-8 (hex), the digest stored as
     * {@code recordHash}. {@link #describe} writes that text's UTF-8 bytes straight into a buffer kept per thread:
     * building the String first (a new builder per record, then widened to two bytes a character by any Greek letter
     * of a synonym, then copied twice by {@code getBytes}) was a tenth of the initial load's CPU.
     */
    public String hash() {
        if (hash == null) {
            Utf8Text text = TEXT.get();
            text.clear();
            describe(text, rows);
            text.digest.reset();
            text.digest.update(text.bytes, 0, text.end());
            hash = HexFormat.of().formatHex(text.digest.digest(), 0, 16);
            if (text.bytes.length > 1 << 20) {
                TEXT.remove(); // an exceptional record: do not keep its buffer
            }
        }
        return hash;
    }

    private static final ThreadLocal<Utf8Text> TEXT = ThreadLocal.withInitial(Utf8Text::new);

    /**
     * Text written as the UTF-8 bytes {@code String.getBytes(UTF_8)} gives for all of it at once (a surrogate pair
     * split between two writes is still one character; an unpaired surrogate is {@code ?}), and a digest to hash it.
     */
    static final class Utf8Text {
        byte[] bytes = new byte[1 << 14];
        private int size;
        private char pendingHigh;
        final MessageDigest digest;

        Utf8Text() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void clear() {
            size = 0;
            pendingHigh = 0;
        }

        /** The length of the bytes written, an unpaired high surrogate at the end included. */
        int end() {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                room(1);
                bytes[size++] = '?';
            }
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, end());
        }

        void write(String text) {
            room(text.length() * 4 + 4); // at most 4 bytes a character: a '?' and 3
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80 && pendingHigh == 0) {
                    bytes[size++] = (byte) c;
                } else {
                    encode(c);
                }
            }
        }

        void write(char c) {
            room(4);
            if (c < 0x80 && pendingHigh == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }

        private void encode(char c) {
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int code = Character.toCodePoint(high, c);
                    bytes[size++] = (byte) (0xF0 | code >> 18);
                    bytes[size++] = (byte) (0x80 | code >> 12 & 0x3F);
                    bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | code & 0x3F);
                    return;
                }
                bytes[size++] = '?';
            }
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                bytes[size++] = '?';
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
            }
        }
    }

    /** Writes what {@code String.valueOf(value)} gives for the maps, collections and scalars of the rows. */
    private static void describe(Utf8Text out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.write(", ");
                }
                first = false;
                describe(out, e.getKey());
                out.write('=');
                describe(out, e.getValue());
            }
            out.write('}');
        } else if (value instanceof Collection<?> collection) {
            out.write('[');
            boolean first = true;
            for (Object element : collection) {
                if (!first) {
                    out.write(", ");
                }
                first = false;
                describe(out, element);
            }
            out.write(']');
        } else {
            out.write(String.valueOf(value));
        }
    }

    /** The bytes {@link #hash()} digests (MapperFastPathsTest holds them equal to {@link #rowsToString()}'s). */
    byte[] describedRows() {
        Utf8Text text = new Utf8Text();
        describe(text, rows);
        return text.toByteArray();
    }

    /** The definition of the hashed text: {@code toString()} of the rows (MapperFastPathsTest holds them equal). */
    String rowsToString() {
        return rows.toString();
    }
}
