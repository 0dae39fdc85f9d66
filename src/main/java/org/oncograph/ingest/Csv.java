package org.oncograph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes; rows keyed by header. */
final class Csv {

    private Csv() {
    }

    /** One data row: its 1-based line number in the file and its values by lower-case header name. */
    record Row(int line, Map<String, String> values) {

        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** A multi-valued cell: values separated by {@code |} (or {@code ;}), blanks dropped. */
        List<String> list(String column) {
            String v = get(column);
            if (v == null) {
                return List.of();
            }
            return Arrays.stream(v.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static List<Row> parse(String text) {
        List<Fields> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).values().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i).values();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < fields.size(); c++) {
                values.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(records.get(i).line(), values));
        }
        return rows;
    }

    private record Fields(int line, List<String> values) {
    }

    private static List<Fields> records(String text) {
        List<Fields> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Fields(recordLine, fields));
                fields = new ArrayList<>();
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Fields(recordLine, fields));
        }
        return records;
    }
}
