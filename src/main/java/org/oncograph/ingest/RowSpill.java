package org.oncograph.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The mapped rows of every record, written once to a temporary file and read back in order as often as the initial
 * load needs them: the bulk importer takes all nodes before any relationship, and a trial's own rows are too many to
 * hold in memory for half a million trials, while mapping them again would cost more CPU than reading them back.
 */
final class RowSpill implements Closeable {

    /** One record's rows as they were spilled; {@code ordinal} is its place among the spilled records. */
    record Spilled(int ordinal, String nctId, EnumMap<TrialGraph.Part, List<Map<String, Object>>> rows) {
        List<Map<String, Object>> rows(TrialGraph.Part part) {
            return rows.getOrDefault(part, List.of());
        }
    }

    private static final int END = 255;
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte LIST = 5;

    private final Path file;
    private final DataOutputStream out;
    private int written;

    RowSpill(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, "initial-load-", ".rows");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
    }

    int size() {
        return written;
    }

    /** Appends a record's rows; returns its ordinal. */
    int write(TrialGraph graph) throws IOException {
        out.writeInt(written);
        writeString(graph.nctId());
        for (TrialGraph.Part part : TrialGraph.Part.values()) {
            List<Map<String, Object>> rows = graph.rows(part);
            if (rows.isEmpty()) {
                continue;
            }
            out.writeByte(part.ordinal());
            out.writeInt(rows.size());
            for (Map<String, Object> row : rows) {
                out.writeShort(row.size());
                for (var e : row.entrySet()) {
                    out.writeUTF(e.getKey());
                    writeValue(e.getValue());
                }
            }
        }
        out.writeByte(END);
        return written++;
    }

    /** Ends writing; the spill can then be read any number of times. */
    void finishWriting() throws IOException {
        out.close();
    }

    /** Reads every spilled record in order; close the returned reader when done. */
    Reader read() throws IOException {
        return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20)));
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }

    private void writeValue(Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(s);
        } else if (value instanceof Integer || value instanceof Long) {
            out.writeByte(LONG);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object element : list) {
                writeValue(element);
            }
        } else {
            // Caught before spilling by InitialLoad's check of what Neo4j can store, which rejects the record.
            throw new IllegalArgumentException("cannot spill a " + value.getClass().getName());
        }
    }

    private void writeString(String s) throws IOException {
        // writeUTF stops at 64 KB; a record's summary or citation may be longer.
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads spilled records back, in the order they were written. */
    static final class Reader implements Iterator<Spilled>, Closeable {
        private final DataInputStream in;
        private final Map<String, String> keys = new HashMap<>();
        private Spilled next;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = readRecord();
            }
            return next != null;
        }

        @Override
        public Spilled next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Spilled spilled = next;
            next = null;
            return spilled;
        }

        private Spilled readRecord() {
            try {
                int ordinal;
                try {
                    ordinal = in.readInt();
                } catch (EOFException end) {
                    return null;
                }
                String nctId = readString();
                var rows = new EnumMap<TrialGraph.Part, List<Map<String, Object>>>(TrialGraph.Part.class);
                for (int part = in.readUnsignedByte(); part != END; part = in.readUnsignedByte()) {
                    int count = in.readInt();
                    List<Map<String, Object>> list = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        int entries = in.readShort();
                        Map<String, Object> row = new LinkedHashMap<>(entries * 2);
                        for (int e = 0; e < entries; e++) {
                            String key = in.readUTF();
                            row.put(keys.computeIfAbsent(key, k -> k), readValue());
                        }
                        list.add(row);
                    }
                    rows.put(TrialGraph.Part.values()[part], list);
                }
                return new Spilled(ordinal, nctId, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Object readValue() throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case STRING -> readString();
                case LONG -> in.readLong();
                case DOUBLE -> in.readDouble();
                case BOOLEAN -> in.readBoolean();
                case LIST -> {
                    int size = in.readInt();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(readValue());
                    }
                    yield list;
                }
                default -> throw new IOException("corrupt initial-load spill: value tag " + tag);
            };
        }

        private String readString() throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
