package org.pyrust.ast;

/**
 * Where a token or syntax node stands in the program text.
 *
 * @param offset index of the first char (UTF-16 unit) in the source string, as Truffle's
 *               {@code Source.createSection(int, int)} expects
 * @param length number of chars
 * @param line   1-based line
 * @param column 1-based column counted in Unicode code points (a tab is one column)
 */
public record Span(int offset, int length, int line, int column) {

    /** The span from the start of {@code this} to the end of {@code end}. */
    public Span to(Span end) {
        return new Span(offset, Math.max(length, end.offset + end.length - offset), line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
