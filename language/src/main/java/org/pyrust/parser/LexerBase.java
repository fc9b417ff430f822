package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pyrust.ast.Span;

/**
 * The state every part of the {@link Lexer} shares: the source, the read position, the tokens made so
 * far, and the bookkeeping of lines and columns. The lexer is split by grammar area into a chain of
 * classes (this one, {@link NumberLexer}, {@link StringLexer}, {@link Lexer}) that share this state.
 *
 * <p>Positions: offsets and lengths count UTF-16 chars of the original string (a leading byte-order
 * mark included); columns count code points from 1, the byte-order mark excluded.
 */
abstract class LexerBase {

    final String src;
    /** The source's chars: array reads are much cheaper than String.charAt before the JIT warms up. */
    final char[] buf;
    final int n;
    final List<Token> tokens = new ArrayList<>();
    /** The next char to read. */
    int pos;
    /** The current physical line (1-based) and the offset of its first column. */
    int line = 1;
    int lineStart;
    /** Cache for {@link #column}: the column of offset {@code colOffset}, on the current line. */
    int colOffset = -1;
    int colValue;
    /** The characters {@link #column} has counted over, in all: tests check that it stays linear. */
    long columnSteps;
    /** Whether the current logical line has produced a token (and so needs a NEWLINE). */
    boolean lineHasTokens;
    /** Start of a comment on the current line, or -1: CPython's NEWLINE token starts at it. */
    int commentStart = -1;

    LexerBase(String source) {
        this.src = Objects.requireNonNull(source, "source");
        this.buf = source.toCharArray();
        this.n = buf.length;
    }

    /** How many characters the column counting has stepped over so far (a measure of work, for tests). */
    long columnSteps() {
        return columnSteps;
    }

    void add(TokenKind kind, int start, int startLine, int startCol, Object value) {
        tokens.add(new Token(kind, text(kind, start, value), new Span(start, pos - start, startLine, startCol), value));
        lineHasTokens = true;
    }

    /** The token's text, sharing the constant spelling or the interned name where they are equal. */
    String text(TokenKind kind, int start, Object value) {
        if (kind.text != null) {
            return kind.text;
        }
        if (kind == TokenKind.NAME && ((String) value).length() == pos - start && buf[start] < 0x80) {
            return (String) value; // an ASCII name is its own NFKC form
        }
        return src.substring(start, pos);
    }

    SyntaxError unexpectedCharacter(int cp) {
        return lexError(spanAt(pos, Character.charCount(cp)), "Unexpected character '" + escaped(cp) + "'");
    }

    /**
     * A character as a message shows it: itself when it prints, otherwise escaped as Python's repr escapes
     * it ({@code \x00}, {@code \u200b}), so that a control or invisible character can be seen.
     */
    static String escaped(int cp) {
        boolean printable = switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
        if (printable) {
            return Character.toString(cp);
        }
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // Identifiers: Java's Unicode identifier classes, minus the "ignorable" control and format
    // characters Java admits but Python's XID classes do not.
    static boolean isIdentifierStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static boolean isIdentifierPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /** Consumes the line end at {@code pos} ({@code \n}, {@code \r\n} or {@code \r}). */
    void consumeLineEnd() {
        pos += (buf[pos] == '\r' && pos + 1 < n && buf[pos + 1] == '\n') ? 2 : 1;
        line++;
        lineStart = pos;
        colOffset = -1;
        commentStart = -1;
    }

    static SyntaxError lexError(Span span, String message) {
        return new SyntaxError(SyntaxError.Kind.LexError, message, span);
    }

    /**
     * The 1-based column, in code points, of {@code offset} on the current line. Tokens are made in
     * order, so counting on from the previous answer keeps the lexer linear on long lines.
     */
    int column(int offset) {
        if (colOffset < lineStart || colOffset > offset) {
            colOffset = lineStart;
            colValue = 1;
        }
        int col = colValue;
        columnSteps += offset - colOffset;
        for (int i = colOffset; i < offset; i++) {
            if (!(Character.isLowSurrogate(buf[i]) && i > lineStart && Character.isHighSurrogate(buf[i - 1]))) {
                col++;
            }
        }
        colOffset = offset;
        colValue = col;
        return col;
    }

    /** The span of {@code length} chars at {@code offset}, which may lie on an earlier line (errors only). */
    Span spanAt(int offset, int length) {
        if (offset >= lineStart) {
            return new Span(offset, length, line, column(offset));
        }
        return spanOnAnyLine(offset, length);
    }

    /** The span of {@code length} chars at {@code offset}, counting its line and column from the start. */
    Span spanOnAnyLine(int offset, int length) {
        int ln = 1;
        int start = n > 0 && buf[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < offset; i++) {
            char c = buf[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= n || buf[i + 1] != '\n'))) {
                ln++;
                start = i + 1;
            }
        }
        return new Span(offset, length, ln, src.codePointCount(start, offset) + 1);
    }
}
