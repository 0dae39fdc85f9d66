package org.oncograph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ClinicalTrials.gov records in every format users download: one v2 study, an array of studies, an API page
 * ({@code {"studies": [...]}}), NDJSON, a legacy {@code <clinical_study>} XML record, and a zip or folder of any of
 * these. The format is recognised from the content, not trusted from a name or header. A bad record is rejected with
 * its file, id, field and reason and the reading goes on; a request body that cannot be read at all, or that is over
 * a bound, is refused as a whole before anything is written.
 */
public final class CtgovReader {

    /** Receives records as they are read, and rejections. */
    public interface Sink {
        void record(TrialRecord record);

        void reject(RecordRejection rejection);
    }

    private static final Pattern ANY_NCT_ID = Pattern.compile("NCT\\d{8}");
    private static final List<String> SKIPPED_EXTENSIONS = List.of(".md", ".txt", ".csv", ".pdf", ".html");

    private final ObjectMapper json = JsonMapper.builder().build();
    private final IngestProperties limits;

    public CtgovReader(IngestProperties limits) {
        this.limits = limits;
    }

    /** A request body. Throws {@link UnreadableImportException} or {@link ImportLimitException} before any record. */
    public void readBody(byte[] body, String name, Sink sink) {
        if (body.length == 0) {
            throw new UnreadableImportException("the request body is empty");
        }
        read(body, name, sink, true, 0);
    }

    /** A file or a folder (every file below it, in name order). Problems with one file reject that file only. */
    public void readPath(Path path, Sink sink) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = path.relativize(file).toString();
                    if (skipped(name)) {
                        continue;
                    }
                    readFile(file, name, sink);
                }
            }
        } else {
            readFile(path, path.getFileName().toString(), sink);
        }
    }

    private void readFile(Path file, String name, Sink sink) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxUncompressedSize().toBytes()) {
            sink.reject(new RecordRejection(name, null, null, "file of " + size + " bytes is over "
                    + "oncograph.ingest.max-uncompressed-size (" + limits.maxUncompressedSize() + ")"));
            return;
        }
        try {
            read(Files.readAllBytes(file), name, sink, true, 0);
        } catch (UnreadableImportException | ImportLimitException e) {
            sink.reject(new RecordRejection(name, null, null, e.getMessage()));
        }
    }

    private static boolean skipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        return base.startsWith(".") || lower.startsWith("__macosx") || SKIPPED_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private void read(byte[] bytes, String name, Sink sink, boolean topLevel, int depth) {
        if (isZip(bytes)) {
            if (depth > 0) {
                sink.reject(new RecordRejection(name, null, null, "a zip inside a zip is not read"));
                return;
            }
            readZip(bytes, name, sink, topLevel);
            return;
        }
        int first = firstNonWhitespace(bytes);
        if (first < 0) {
            fail(topLevel, sink, name, null, "the file is empty");
            return;
        }
        char c = (char) bytes[first];
        if (c == '<') {
            readXml(bytes, name, sink, topLevel);
        } else if (c == '{' || c == '[') {
            if (c == '{' && isNdjson(bytes, name)) {
                readNdjson(bytes, name, sink);
            } else {
                readJson(bytes, name, sink, topLevel);
            }
        } else {
            fail(topLevel, sink, name, null, "unknown format: expected ClinicalTrials.gov JSON (a study, an array, an "
                    + "API page or NDJSON), legacy XML (<clinical_study>) or a zip of these");
        }
    }

    private void fail(boolean topLevel, Sink sink, String name, String field, String reason) {
        if (topLevel) {
            throw new UnreadableImportException(name + ": " + reason);
        }
        sink.reject(new RecordRejection(name, null, field, reason));
    }

    private void readXml(byte[] bytes, String name, Sink sink, boolean topLevel) {
        if (bytes.length > limits.maxRecordSize().toBytes()) {
            tooLarge(name, null, bytes.length, topLevel, sink);
            return;
        }
        String id = anyNctId(bytes);
        try {
            var document = LegacyXmlMapper.parse(bytes);
            sink.record(LegacyXmlMapper.map(document, name));
        } catch (InvalidRecordException e) {
            if (topLevel && e.field() == null && id == null) {
                throw new UnreadableImportException(name + ": " + e.getMessage());
            }
            sink.reject(new RecordRejection(name, id, e.field(), e.getMessage()));
        }
    }

    private void readJson(byte[] bytes, String name, Sink sink, boolean topLevel) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            fail(topLevel, sink, name, null, "malformed JSON: " + e.getOriginalMessage() + location(e));
            return;
        }
        if (root.isArray()) {
            readStudies(root, name, "[", sink);
        } else if (root.isObject() && root.has("studies")) {
            JsonNode studies = root.get("studies");
            if (!studies.isArray()) {
                fail(topLevel, sink, name, "studies", "expected an array of studies, found " + V2StudyMapper.kind(studies));
                return;
            }
            readStudies(studies, name, "studies[", sink);
        } else if (V2StudyMapper.looksLikeStudy(root)) {
            if (bytes.length > limits.maxRecordSize().toBytes()) {
                tooLarge(name, nctIdOf(root), bytes.length, topLevel, sink);
                return;
            }
            mapStudy(root, name, sink);
        } else {
            fail(topLevel, sink, name, null, "JSON that is not a ClinicalTrials.gov v2 study (no protocolSection), "
                    + "an array of studies or an API page ({\"studies\": [...]})");
        }
    }

    private void readStudies(JsonNode studies, String name, String prefix, Sink sink) {
        int index = 0;
        for (JsonNode study : studies) {
            String where = name + " " + prefix + index + "]";
            index++;
            if (!V2StudyMapper.looksLikeStudy(study)) {
                sink.reject(new RecordRejection(where, nctIdOf(study), "protocolSection",
                        "not a ClinicalTrials.gov v2 study: " + (study.isObject() ? "no protocolSection"
                                : "found " + V2StudyMapper.kind(study))));
                continue;
            }
            long size = json.writeValueAsBytes(study).length;
            if (size > limits.maxRecordSize().toBytes()) {
                tooLarge(where, nctIdOf(study), size, false, sink);
                continue;
            }
            mapStudy(study, where, sink);
        }
    }

    private void readNdjson(byte[] bytes, String name, Sink sink) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + (i + 1);
            if (line.length() > limits.maxRecordSize().toBytes()) {
                tooLarge(where, anyNctId(line), line.length(), false, sink);
                continue;
            }
            JsonNode study;
            try {
                study = json.readTree(line);
            } catch (JacksonException e) {
                sink.reject(new RecordRejection(where, anyNctId(line), null, "malformed JSON: " + e.getOriginalMessage()
                        + location(e)));
                continue;
            }
            if (!V2StudyMapper.looksLikeStudy(study)) {
                sink.reject(new RecordRejection(where, nctIdOf(study), "protocolSection",
                        "not a ClinicalTrials.gov v2 study (no protocolSection)"));
                continue;
            }
            mapStudy(study, where, sink);
        }
    }

    private void mapStudy(JsonNode study, String where, Sink sink) {
        try {
            sink.record(V2StudyMapper.map(study, where));
        } catch (InvalidRecordException e) {
            sink.reject(new RecordRejection(where, nctIdOf(study), e.field(), e.getMessage()));
        }
    }

    private void readZip(byte[] bytes, String name, Sink sink, boolean topLevel) {
        // First pass: count and measure by actually inflating (entry headers can lie), so a zip bomb is refused
        // before anything is written.
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++entries > limits.maxZipEntries()) {
                    throw new ImportLimitException("oncograph.ingest.max-zip-entries", name + " has more than "
                            + limits.maxZipEntries() + " entries (oncograph.ingest.max-zip-entries)");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limits.maxUncompressedSize().toBytes()) {
                        throw new ImportLimitException("oncograph.ingest.max-uncompressed-size", name
                                + " expands to more than " + limits.maxUncompressedSize()
                                + " (oncograph.ingest.max-uncompressed-size)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            fail(topLevel, sink, name, null, "unreadable zip: " + e.getMessage());
            return;
        }
        if (entries == 0) {
            fail(topLevel, sink, name, null, "unreadable zip: no entries could be read");
            return;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || skipped(entry.getName())) {
                    continue;
                }
                byte[] content = readAll(zip);
                read(content, name + "!" + entry.getName(), sink, false, 1);
            }
        } catch (IOException e) {
            fail(topLevel, sink, name, null, "unreadable zip: " + e.getMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private void tooLarge(String where, String id, long size, boolean topLevel, Sink sink) {
        String message = "record of " + size + " bytes is over oncograph.ingest.max-record-size ("
                + limits.maxRecordSize() + ")";
        if (topLevel) {
            throw new ImportLimitException("oncograph.ingest.max-record-size", where + ": " + message);
        }
        sink.reject(new RecordRejection(where, id, null, message));
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
    }

    private static int firstNonWhitespace(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return i;
            }
        }
        return -1;
    }

    /** NDJSON: named so, or more than one line and every non-blank line opens an object. */
    private static boolean isNdjson(byte[] bytes, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return true;
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        String[] lines = text.split("\r?\n");
        if (lines.length < 2) {
            return false;
        }
        for (String line : lines) {
            if (!line.isBlank() && !line.stripLeading().startsWith("{")) {
                return false;
            }
        }
        return true;
    }

    private static String nctIdOf(JsonNode study) {
        JsonNode id = study == null ? null
                : study.path("protocolSection").path("identificationModule").path("nctId");
        return id != null && id.isString() ? id.asString() : null;
    }

    private static String anyNctId(byte[] bytes) {
        return anyNctId(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8));
    }

    private static String anyNctId(String text) {
        Matcher m = ANY_NCT_ID.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static String location(JacksonException e) {
        var location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
