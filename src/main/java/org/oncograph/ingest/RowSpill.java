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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Records' encoded rows, written once to a temporary file and read back in order as often as the initial load needs
 * them: the bulk importer takes all nodes before any relationship, and a trial's own rows are too many to hold in
 * memory for half a million trials, while mapping the records again would cost more CPU than reading them back.
 * Each record is an opaque blob ({@link Out} writes one, {@link In} reads it) so that encoding and decoding run on
 * the mapping and importing threads, and the file itself is only appended to and read through.
 */
final class RowSpill implements Closeable {

    /** One spilled record: its place among the spilled records, its NCT id and its encoded rows. */
    record Blob(int ordinal, String nctId, byte[] bytes) {
    }

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte LIST = 6;

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

    /** Bytes spilled (after {@link #finishWriting()}). */
    long bytes() throws IOException {
        return Files.size(file);
    }

    /** Appends a record's encoded rows; returns its ordinal. */
    int write(String nctId, byte[] bytes) throws IOException {
        out.writeInt(written);
        out.writeUTF(nctId);
        out.writeInt(bytes.length);
        out.write(bytes);
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

    /** Reads spilled records back, in the order they were written. */
    static final class Reader implements Iterator<Blob>, Closeable {
        private final DataInputStream in;
        private Blob next;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    int ordinal;
                    try {
                        ordinal = in.readInt();
                    } catch (EOFException end) {
                        return false;
                    }
                    String nctId = in.readUTF();
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    next = new Blob(ordinal, nctId, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return true;
        }

        @Override
        public Blob next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Blob blob = next;
            next = null;
            return blob;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Encodes values (null, strings, integers, doubles, booleans and lists of them) into a blob. */
    static final class Out {
        private byte[] bytes = new byte[1024];
        private int size;

        int size() {
            return size;
        }

        byte[] toBytes() {
            return Arrays.copyOf(bytes, size);
        }

        void putInt(int value) {
            room(4);
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        /** Overwrites the int at {@code at} (a placeholder for an offset known later). */
        void setInt(int at, int value) {
            int end = size;
            size = at;
            putInt(value);
            size = end;
        }

        void putString(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void putValue(Object value) {
            if (value == null) {
                putByte(NULL);
            } else if (value instanceof String s) {
                putByte(STRING);
                putString(s);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte) {
                putByte(LONG);
                putLong(((Number) value).longValue());
            } else if (value instanceof Double || value instanceof Float) {
                putByte(DOUBLE);
                putLong(Double.doubleToRawLongBits(((Number) value).doubleValue()));
            } else if (value instanceof Boolean b) {
                putByte(b ? TRUE : FALSE);
            } else if (value instanceof List<?> list) {
                putByte(LIST);
                putInt(list.size());
                list.forEach(this::putValue);
            } else {
                // Records with such values are rejected before they are encoded (InitialLoad.refusal).
                throw new IllegalArgumentException("cannot spill a " + value.getClass().getName());
            }
        }

        private void putByte(byte b) {
            room(1);
            bytes[size++] = b;
        }

        private void putLong(long value) {
            putInt((int) (value >>> 32));
            putInt((int) value);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Decodes what an {@link Out} wrote, in the same order. */
    static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        void seek(int position) {
            at = position;
        }

        int getInt() {
            int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                    | bytes[at + 3] & 0xff;
            at += 4;
            return value;
        }

        String getString() {
            int length = getInt();
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        Object getValue() {
            byte tag = bytes[at++];
            return switch (tag) {
                case NULL -> null;
                case STRING -> getString();
                case LONG -> getLong();
                case DOUBLE -> Double.longBitsToDouble(getLong());
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case LIST -> {
                    int count = getInt();
                    List<Object> list = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        list.add(getValue());
                    }
                    yield list;
                }
                default -> throw new IllegalStateException("corrupt initial-load spill: value tag " + tag);
            };
        }

        private long getLong() {
            return (long) getInt() << 32 | getInt() & 0xffffffffL;
        }
    }
}
