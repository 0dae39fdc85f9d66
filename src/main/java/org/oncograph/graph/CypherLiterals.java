package org.oncograph.graph;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;

/**
 * Cypher source text for values read from Neo4j: every property type Neo4j 5 stores (except byte arrays, which
 * Cypher cannot write as a literal) as a literal any Neo4j 5 parses back to the same type and value.
 */
final class CypherLiterals {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CypherLiterals() {
    }

    /** A label, relationship type or property name, quoted with backticks unless it is a plain identifier. */
    static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : quotedName(name);
    }

    /** A label or relationship type, always quoted: names from the database never become Cypher syntax. */
    static String quotedName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Long l) {
            // -9223372036854775808 is read as minus a literal that overflows.
            out.append(l == Long.MIN_VALUE ? "(-9223372036854775807 - 1)" : Long.toString(l));
        } else if (value instanceof Double || value instanceof Float) {
            appendFloat(out, ((Number) value).doubleValue());
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (value instanceof LocalDate date) {
            out.append("date('").append(date).append("')");
        } else if (value instanceof LocalTime time) {
            out.append("localtime('").append(time).append("')");
        } else if (value instanceof OffsetTime time) {
            out.append("time('").append(time).append("')");
        } else if (value instanceof LocalDateTime dateTime) {
            out.append("localdatetime('").append(dateTime).append("')");
        } else if (value instanceof ZonedDateTime dateTime) {
            // ZonedDateTime prints "2024-01-01T12:00+01:00[Europe/Paris]", the form Cypher's datetime() parses.
            out.append("datetime('").append(dateTime).append("')");
        } else if (value instanceof OffsetDateTime dateTime) {
            out.append("datetime('").append(dateTime).append("')");
        } else if (value instanceof IsoDuration d) {
            out.append("duration({months: ").append(d.months()).append(", days: ").append(d.days())
                    .append(", seconds: ").append(d.seconds()).append(", nanoseconds: ").append(d.nanoseconds())
                    .append("})");
        } else if (value instanceof Point p) {
            out.append("point({srid: ").append(p.srid()).append(", x: ");
            appendFloat(out, p.x());
            out.append(", y: ");
            appendFloat(out, p.y());
            if (!Double.isNaN(p.z())) {
                out.append(", z: ");
                appendFloat(out, p.z());
            }
            out.append("})");
        } else {
            throw new IllegalArgumentException("no Cypher literal for a " + value.getClass().getSimpleName()
                    + " property value");
        }
    }

    /** A map with its keys in sorted order, so that two exports of one graph are byte for byte the same. */
    static void appendMap(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (var entry : new TreeMap<>(map).entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(name(String.valueOf(entry.getKey()))).append(": ");
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendFloat(StringBuilder out, double d) {
        if (Double.isNaN(d)) {
            out.append("(0.0 / 0.0)");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)");
        } else {
            // Double.toString always has a '.' or an exponent, so Cypher reads it back as a float, not an integer.
            out.append(d);
        }
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    // Control characters and lone surrogates as escapes: the file stays valid UTF-8 text and
                    // no character can end a line or a comment early.
                    if (Character.isISOControl(c) || Character.isSurrogate(c) && !pairedSurrogate
                            || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
    }
}
