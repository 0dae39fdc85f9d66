package org.oncograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The 1,025 real ClinicalTrials.gov records in {@code ../shared/data/ctgov}, one a file, in the order the importer
 * reads a folder (name order), so that a slice of them is a range of that order and an upload of them is read in the
 * same order as the folder.
 */
final class SharedRecords {

    static final int COUNT = 1025;

    private SharedRecords() {
    }

    /** The record files, in the importer's order. */
    static List<Path> files() throws IOException {
        Path folder = TargetLinkingQualityTest.SHARED;
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> records = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".xml")).sorted().toList();
            if (records.size() != COUNT) {
                throw new IllegalStateException("expected " + COUNT + " records in " + folder.toAbsolutePath()
                        + ", found " + records.size());
            }
            return records;
        }
    }

    /** A zip of records {@code from} (inclusive) to {@code to} (exclusive), for {@code POST /api/v1/imports/ctgov}. */
    static byte[] zip(int from, int to) throws IOException {
        List<Path> files = files();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Path file : files.subList(from, to)) {
            entries.put(TargetLinkingQualityTest.SHARED.relativize(file).toString(), Files.readAllBytes(file));
        }
        return Studies.zip(entries);
    }
}
