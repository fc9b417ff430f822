package org.pyrust.launcher;

/**
 * How the error report shows characters of a source line that do not print: escaped as Python's
 * {@code repr()} escapes them. (Values' repr is the language's own; the launcher only shows source text.)
 */
final class PythonRepr {

    private PythonRepr() {}

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
