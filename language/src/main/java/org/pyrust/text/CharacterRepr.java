package org.pyrust.text;

/**
 * How Python shows characters and strings in {@code repr()}: which characters print as themselves, the
 * escape of those that do not, and the quoting of a whole string. Truffle-free, so that the lexer's
 * messages and the runtime's {@code repr} say the same thing.
 */
public final class CharacterRepr {

    private CharacterRepr() {
    }

    /**
     * Python's {@code str.isprintable()} for one character: the space, or not a control, format, surrogate,
     * private, unassigned or separator character.
     */
    public static boolean isPrintable(int c) {
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

    /** The escape with which {@code repr()} shows a character that does not print: {@code \x00}, {@code \u200b}. */
    public static String escape(int c) {
        return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    /**
     * Python's {@code repr()} of a string: in single quotes unless it contains a single quote and no
     * double quote, with backslash, the quote, tab, newline and carriage return escaped by letter and other
     * unprintable characters by code.
     */
    public static String quote(String s) {
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
}
