package org.oncograph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed statement {@code UNWIND [<literal rows>] AS row ...} run as {@code UNWIND $rows AS row ...} with the rows as
 * a parameter. The seed's statements carry their data as literals, kilobytes each; Neo4j compiles every statement
 * once, and its compiler's rewriters walk every node of those literals. As a parameter the data skips the compiler:
 * the seed's merge on a fresh start went from 11.8 s to 6.7 s (docs/performance.md). Only plain literals are taken
 * (lists, maps, strings, numbers, booleans, null); a statement with anything else in its list is run as written.
 */
final class LiteralRows {

    /** The statement to run and its parameters. */
    record Parameterized(String text, Map<String, Object> parameters) {
    }

    private static final Pattern UNWIND = Pattern.compile("(?is)^\\s*UNWIND\\s*(?=\\[)");
    private static final Pattern AS = Pattern.compile("(?is)^\\s*AS\\s+[A-Za-z_][A-Za-z0-9_]*\\b.*");

    private final String text;
    private int at;

    private LiteralRows(String text, int at) {
        this.text = text;
        this.at = at;
    }

    /** The statement with its literal rows as {@code $rows}, or empty if it is not of that form. */
    static Optional<Parameterized> of(String statement) {
        Matcher unwind = UNWIND.matcher(statement);
        if (!unwind.find()) {
            return Optional.empty();
        }
        LiteralRows parser = new LiteralRows(statement, unwind.end());
        Object rows;
        try {
            rows = parser.value();
        } catch (NotALiteral e) {
            return Optional.empty();
        }
        String rest = statement.substring(parser.at);
        if (!AS.matcher(rest).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parameterized("UNWIND $rows " + rest.strip(), Map.of("rows", rows)));
    }

    /** Not a plain literal: the statement is run as written. */
    private static final class NotALiteral extends Exception {
        NotALiteral() {
            super(null, null, false, false);
        }
    }

    private Object value() throws NotALiteral {
        skipSpace();
        if (at >= text.length()) {
            throw new NotALiteral();
        }
        char c = text.charAt(at);
        if (c == '[') {
            return list();
        } else if (c == '{') {
            return map();
        } else if (c == '\'' || c == '"') {
            return string();
        } else if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        String word = word();
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> throw new NotALiteral();
        };
    }

    private List<Object> list() throws NotALiteral {
        at++; // [
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                return list;
            } else if (c != ',') {
                throw new NotALiteral();
            }
        }
    }

    private Map<String, Object> map() throws NotALiteral {
        at++; // {
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = peek() == '`' ? quotedName() : word();
            skipSpace();
            if (key.isEmpty() || next() != ':' || map.containsKey(key)) {
                throw new NotALiteral();
            }
            map.put(key, value());
            skipSpace();
            char c = next();
            if (c == '}') {
                return map;
            } else if (c != ',') {
                throw new NotALiteral();
            }
        }
    }

    private String string() throws NotALiteral {
        char quote = next();
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == quote) {
                return out.toString();
            } else if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case '\'', '"', '\\' -> out.append(e);
                case 'u' -> out.append((char) hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                default -> throw new NotALiteral();
            }
        }
    }

    private int hex(int digits) throws NotALiteral {
        if (at + digits > text.length()) {
            throw new NotALiteral();
        }
        String hex = text.substring(at, at + digits);
        at += digits;
        if (!hex.matches("[0-9A-Fa-f]+")) {
            throw new NotALiteral();
        }
        int codePoint = Integer.parseInt(hex, 16);
        if (!Character.isValidCodePoint(codePoint)) {
            throw new NotALiteral();
        }
        return codePoint;
    }

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Object number() throws NotALiteral {
        Matcher m = NUMBER.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            throw new NotALiteral();
        }
        at = m.end();
        if (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            throw new NotALiteral(); // 0x1F, 1_000, 12abc: not a plain decimal
        }
        try {
            return m.group(2) == null && m.group(3) == null ? (Object) Long.parseLong(m.group())
                    : (Object) Double.parseDouble(m.group());
        } catch (NumberFormatException e) {
            throw new NotALiteral();
        }
    }

    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private String quotedName() throws NotALiteral {
        at++; // `
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '`') {
                if (peek() != '`') {
                    return out.toString();
                }
                at++;
            }
            out.append(c);
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : 0;
    }

    private char next() throws NotALiteral {
        if (at >= text.length()) {
            throw new NotALiteral();
        }
        return text.charAt(at++);
    }
}
