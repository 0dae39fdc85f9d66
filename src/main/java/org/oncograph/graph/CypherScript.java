package org.oncograph.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .cypher} file cut into its statements. Statements end with {@code ;} outside strings, quoted names and
 * comments; each keeps the line it starts on so that an error can name it.
 */
public record CypherScript(String name, List<Statement> statements) {

    /** One statement of a script and the line (1-based) it starts on. */
    public record Statement(int line, String text) {
    }

    public static CypherScript parse(String name, String content) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        boolean hasCode = false;
        char quote = 0;
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            char next = i + 1 < content.length() ? content.charAt(i + 1) : 0;
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote != '`' && next != 0) {
                    current.append(next);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && next == '/') {
                int end = content.indexOf('\n', i);
                i = end < 0 ? content.length() : end;
                continue;
            } else if (c == '/' && next == '*') {
                int end = content.indexOf("*/", i + 2);
                int stop = end < 0 ? content.length() : end + 2;
                for (int k = i; k < stop; k++) {
                    if (content.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = stop;
                current.append(' ');
                continue;
            } else if (c == ';') {
                if (hasCode) {
                    statements.add(new Statement(startLine, current.toString().strip()));
                }
                current.setLength(0);
                hasCode = false;
                i++;
                continue;
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                if (!Character.isWhitespace(c) && !hasCode) {
                    hasCode = true;
                    startLine = line;
                }
                current.append(c);
            }
            if (c == '\n') {
                line++;
            }
            i++;
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated " + quote + " quote in statement starting at line " + startLine);
        }
        if (hasCode) {
            statements.add(new Statement(startLine, current.toString().strip()));
        }
        return new CypherScript(name, List.copyOf(statements));
    }
}
