package org.pyrust.launcher;

/**
 * Python's {@code repr()} of a string, which the REPL shows for a string result ({@code 'abc'}), as
 * CPython's does. Other PyRust values (int, bool, None, functions) look the same in repr() and str().
 */
final class PythonRepr {

    private PythonRepr() {}

    static String ofString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(escape(c));
            }
        });
        return out.append(quote).toString();
    }

    /** The escape with which repr() shows a character that does not print: {@code \x00}, {@code \u200b}. */
    static String escape(int c) {
        return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    /**
     * Python's str.isprintable() for one character: the space, or not a control, format, private,
     * unassigned or separator character.
     */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
