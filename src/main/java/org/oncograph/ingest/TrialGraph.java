package org.oncograph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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

    public String hash() {
        if (hash == null) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(rows.toString().getBytes(StandardCharsets.UTF_8));
                hash = HexFormat.of().formatHex(digest.digest(), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hash;
    }
}
