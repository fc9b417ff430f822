package org.pyrust.launcher;

/**
 * Finds a line of a program the way the PyRust lexer numbers them: "\n", "\r\n" and a lone "\r" each end
 * a line, and a leading byte-order mark is not part of the first line.
 */
final class SourceLines {

    private SourceLines() {}

    /** Line {@code number} (1-based) without its terminator, or null when the program has no such line. */
    static String line(CharSequence text, int number) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int current = 1; current < number; current++) {
            int end = lineEnd(text, start);
            if (end == text.length()) {
                return null;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (number < 1 || (start == text.length() && number > 1)) {
            return null;
        }
        return text.subSequence(start, lineEnd(text, start)).toString();
    }

    private static int lineEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
