package org.pyrust.parser;

/**
 * Decodes the body of a str literal as CPython 3.11 does: escapes, line continuations, and the
 * normalization of {@code \r\n} and {@code \r} to {@code \n} (CPython reads source with universal
 * newlines, so a line end inside a triple-quoted string is always {@code \n}).
 */
final class StringLiterals {

    /** A malformed escape: the offset of its backslash in the source and CPython's message. */
    static final class BadEscape extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        BadEscape(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private final String src;
    /** The body is {@code src[start, end)}, the text between the quotes. */
    private final int start;
    private final int end;
    private final StringBuilder out;

    private StringLiterals(String src, int start, int end) {
        this.src = src;
        this.start = start;
        this.end = end;
        this.out = new StringBuilder(end - start);
    }

    /**
     * Decodes {@code src[start, end)}.
     *
     * @param raw an r-string: backslashes stay, only line ends are normalized
     */
    static String decode(String src, int start, int end, boolean raw) throws BadEscape {
        StringLiterals d = new StringLiterals(src, start, end);
        if (raw) {
            d.decodeRaw();
        } else {
            d.decodeEscapes();
        }
        return d.out.toString();
    }

    private void decodeRaw() {
        int i = start;
        while (i < end) {
            char c = src.charAt(i);
            if (c == '\r') {
                out.append('\n');
                i += (i + 1 < end && src.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private void decodeEscapes() throws BadEscape {
        int i = start;
        while (i < end) {
            char c = src.charAt(i);
            if (c == '\r') {
                out.append('\n');
                i += (i + 1 < end && src.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            // A backslash is never the last character of a body: it would have escaped the quote.
            char e = src.charAt(i + 1);
            switch (e) {
                case '\n' -> i += 2; // line continuation inside the string
                case '\r' -> i += (i + 2 < end && src.charAt(i + 2) == '\n') ? 3 : 2;
                case '\\', '\'', '"' -> i = emit(e, i);
                case 'a' -> i = emit('\u0007', i);
                case 'b' -> i = emit('\b', i);
                case 'f' -> i = emit('\f', i);
                case 'n' -> i = emit('\n', i);
                case 'r' -> i = emit('\r', i);
                case 't' -> i = emit('\t', i);
                case 'v' -> i = emit('\u000b', i);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> i = octalEscape(i);
                case 'x' -> i = hexEscape(i, 2, "truncated \\xXX escape");
                case 'u' -> i = hexEscape(i, 4, "truncated \\uXXXX escape");
                case 'U' -> i = hexEscape(i, 8, "truncated \\UXXXXXXXX escape");
                case 'N' -> i = namedEscape(i);
                default -> {
                    // An unknown escape keeps its backslash (CPython only warns); the next character
                    // is then decoded on its own.
                    out.append('\\');
                    i++;
                }
            }
        }
    }

    private int emit(char c, int backslash) {
        out.append(c);
        return backslash + 2;
    }

    /** Up to three octal digits; CPython 3.11 accepts values up to 0o777. */
    private int octalEscape(int backslash) {
        int j = backslash + 1;
        int value = 0;
        while (j < end && j < backslash + 4 && src.charAt(j) >= '0' && src.charAt(j) <= '7') {
            value = value * 8 + (src.charAt(j) - '0');
            j++;
        }
        out.append((char) value);
        return j;
    }

    /** {@code \xhh}, {@code \\uhhhh}, {@code \Uhhhhhhhh}: exactly {@code count} ASCII hex digits. */
    private int hexEscape(int backslash, int count, String truncated) throws BadEscape {
        int j = backslash + 2;
        int value = 0;
        for (int k = 0; k < count; k++, j++) {
            int digit = j < end ? hexDigit(src.charAt(j)) : -1;
            if (digit < 0) {
                throw bad(backslash, j, truncated);
            }
            // Saturate: eight digits may exceed int range, and anything above U+10FFFF is illegal anyway.
            value = Math.min(value * 16 + digit, Character.MAX_CODE_POINT + 1);
        }
        if (value > Character.MAX_CODE_POINT) {
            throw bad(backslash, j, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return j;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** {@code \N{NAME}}: a character by its Unicode name. */
    private int namedEscape(int backslash) throws BadEscape {
        int j = backslash + 2;
        if (j >= end || src.charAt(j) != '{') {
            throw bad(backslash, j, "malformed \\N character escape");
        }
        int nameStart = j + 1;
        int close = src.indexOf('}', nameStart);
        if (close < 0 || close >= end) {
            throw bad(backslash, end, "malformed \\N character escape");
        }
        if (close == nameStart) {
            throw bad(backslash, close, "malformed \\N character escape");
        }
        String name = src.substring(nameStart, close);
        int cp = -1;
        // Java would trim surrounding blanks; Python does not.
        if (name.strip().equals(name)) {
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                cp = -1;
            }
        }
        if (cp < 0) {
            throw bad(backslash, close + 1, "unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    /**
     * CPython's message for a malformed escape spanning {@code [backslash, stop)}. Its positions count
     * in the buffer CPython hands to the codec, where each non-ASCII character was rewritten as a
     * ten-byte {@code \UXXXXXXXX} escape (and a backslash before one as the six bytes {@code \u005c}).
     */
    private BadEscape bad(int backslash, int stop, String reason) {
        int from = cpythonPosition(backslash);
        int to = cpythonPosition(Math.min(stop, end)) - 1;
        return new BadEscape(backslash, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + from + "-" + to + ": " + reason);
    }

    private int cpythonPosition(int offset) {
        int p = 0;
        int i = start;
        while (i < offset) {
            char c = src.charAt(i);
            if (c == '\\') {
                p++;
                i++;
                if (i < end && src.charAt(i) >= 0x80) {
                    p += 5;
                }
                if (i >= offset) {
                    break;
                }
                c = src.charAt(i); // CPython copies the escaped character together with its backslash
            }
            if (c == '\r') {
                p++;
                i += (i + 1 < end && src.charAt(i + 1) == '\n') ? 2 : 1;
            } else if (c < 0x80) {
                p++;
                i++;
            } else {
                p += 10;
                i += Character.charCount(src.codePointAt(i));
            }
        }
        return p;
    }
}
