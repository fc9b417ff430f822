package org.pyrust.launcher;

/**
 * Decides whether the lines typed so far at the REPL form a complete input or need a continuation line
 * ("... "). Like CPython: more lines are needed inside brackets or a triple-quoted string, after a
 * backslash at the end of a line, and, once a line ends with ':' (a block), until an empty line.
 */
final class ReplInput {

    private ReplInput() {}

    /** Whether {@code text} (lines ending with '\n') needs more lines before it can be run. */
    static boolean needsMore(String text) {
        int depth = 0; // open brackets
        char quote = 0; // the quote of the string being scanned, or 0
        boolean triple = false;
        boolean block = false; // a logical line ended with ':'
        boolean continued = false; // the text ends with a backslash-newline
        char last = 0; // the last significant character of the current logical line
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            continued = false;
            if (quote != 0) {
                if (c == '\\') {
                    i++; // skips the escaped character, a newline included
                } else if (triple ? text.startsWith(String.valueOf(quote).repeat(3), i) : c == quote) {
                    i += triple ? 2 : 0;
                    quote = 0;
                    last = c;
                } else if (c == '\n' && !triple) {
                    quote = 0; // an unterminated string: let the parser report it
                    last = 0;
                }
                continue;
            }
            switch (c) {
                case '#' -> {
                    while (i + 1 < n && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                }
                case '\'', '"' -> {
                    quote = c;
                    triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    i += triple ? 2 : 0;
                }
                case '\\' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                        continued = i == n - 1;
                    } else {
                        last = c;
                    }
                }
                case '\n' -> {
                    if (depth == 0) {
                        block |= last == ':';
                        last = 0;
                    }
                }
                case ' ', '\t', '\f', '\r' -> {}
                default -> {
                    if (c == '(' || c == '[' || c == '{') {
                        depth++;
                    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                        depth--;
                    }
                    last = c;
                }
            }
        }
        if ((quote != 0 && triple) || depth > 0 || continued) {
            return true;
        }
        return block && !lastLineBlank(text);
    }

    private static boolean lastLineBlank(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.substring(body.lastIndexOf('\n') + 1).isBlank();
    }
}
