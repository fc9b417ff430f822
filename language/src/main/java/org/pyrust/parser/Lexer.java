package org.pyrust.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.pyrust.ast.Span;

/**
 * Turns PyRust source text into tokens, following CPython 3.11's tokenizer.
 *
 * <p>The whole program is tokenized before it is parsed, so that a lexical error anywhere wins over a
 * parse error. That is why the structural problems the tokenizer notices (indentation, unclosed or
 * too deeply nested brackets), which PyRust classifies as parse errors, are not thrown here but
 * emitted as {@link TokenKind#ERROR} tokens that the parser throws when it reaches them.
 *
 * <p>Positions: offsets and lengths count UTF-16 chars of the original string (a leading byte-order
 * mark included); columns count code points from 1, the byte-order mark excluded.
 */
public final class Lexer {

    /** Tabs advance indentation to the next multiple of 8. */
    private static final int TAB_SIZE = 8;
    /** CPython's MAXINDENT: at most 100 indentation levels (the base level included). */
    private static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL: at most 200 nested brackets. */
    private static final int MAX_NESTING = 200;

    static final String NEVER_CLOSED = " was never closed";
    private static final String INCONSISTENT_TABS = "inconsistent use of tabs and spaces in indentation";
    private static final String BAD_UNINDENT = "unindent does not match any outer indentation level";

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind kind : TokenKind.values()) {
            if (kind.isKeyword()) {
                KEYWORDS.put(kind.text, kind);
            }
        }
    }

    private final String src;
    /** The source's chars: array reads are much cheaper than String.charAt before the JIT warms up. */
    private final char[] buf;
    private final int n;
    private final List<Token> tokens = new ArrayList<>();
    private boolean done;
    private SyntaxError failure;

    /** The next char to read. */
    private int pos;
    /** The current physical line (1-based) and the offset of its first column. */
    private int line = 1;
    private int lineStart;
    /** Cache for {@link #column}: the column of offset {@code colOffset}, on the current line. */
    private int colOffset = -1;
    private int colValue;
    /** The characters {@link #column} has counted over, in all: tests check that it stays linear. */
    private long columnSteps;

    /**
     * The indentation stack (CPython's indstack/altindstack): the widths with tabs to multiples of 8
     * and with tabs as one column. A width is ambiguous, hence an error, when the two disagree on the
     * comparison. Level 0 is the program's base indentation (PyRust rule 4), set by the first line
     * that holds a token; {@code depth} is -1 until then.
     */
    private int[] indents = new int[8];
    private int[] altIndents = new int[8];
    private int depth = -1;

    /** The ASCII words met so far: most names repeat, and finding one here allocates nothing. */
    private final WordTable names = new WordTable();
    /** Open brackets, innermost last. Inside brackets, line ends and indentation mean nothing. */
    private final List<Token> brackets = new ArrayList<>();
    /** Whether the current logical line has produced a token (and so needs a NEWLINE). */
    private boolean lineHasTokens;
    /** Start of a comment on the current line, or -1: CPython's NEWLINE token starts at it. */
    private int commentStart = -1;

    public Lexer(String source) {
        this.src = Objects.requireNonNull(source, "source");
        this.buf = source.toCharArray();
        this.n = buf.length;
    }

    /** How many characters the column counting has stepped over so far (a measure of work, for tests). */
    long columnSteps() {
        return columnSteps;
    }

    public static List<Token> tokenize(String source) {
        return new Lexer(source).tokenize();
    }

    /**
     * All tokens, ending with NEWLINE (if the program has any token), the DEDENTs back to the base
     * level, and EOF.
     *
     * @throws SyntaxError of kind LexError for the first lexical error
     */
    public List<Token> tokenize() {
        if (failure != null) {
            throw failure;
        }
        if (!done) {
            try {
                run();
            } catch (SyntaxError e) {
                failure = e;
                throw e;
            }
            done = true;
        }
        return Collections.unmodifiableList(tokens);
    }

    private void run() {
        // Before anything else, as CPython does: a NUL byte is refused wherever it stands, comments and
        // string literals included (a C-based tool would take it for the end of the text).
        int nul = src.indexOf('\0');
        if (nul >= 0) {
            throw lexError(spanOnAnyLine(nul, 1), "source code cannot contain null bytes ('" + escaped('\0') + "')");
        }
        if (n > 0 && buf[0] == '\uFEFF') {
            pos = 1;
            lineStart = 1;
        }
        boolean atLineStart = true;
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (brackets.isEmpty() && !indentation()) {
                    break; // only blank lines up to the end
                }
            }
            while (pos < n && isBlank(buf[pos])) {
                pos++;
            }
            if (pos >= n) {
                break;
            }
            char c = buf[pos];
            if (c == '#') {
                commentStart = pos;
                skipToLineEnd();
            } else if (c == '\n' || c == '\r') {
                endOfLine();
                atLineStart = true;
            } else if (c == '\\') {
                continuation();
            } else {
                scanToken(c);
            }
        }
        finish();
    }

    // ---------------------------------------------------------------------------------------------
    // Lines and indentation

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    private void skipToLineEnd() {
        while (pos < n && !isLineEnd(buf[pos])) {
            pos++;
        }
    }

    /** Consumes the line end at {@code pos} ({@code \n}, {@code \r\n} or {@code \r}). */
    private void consumeLineEnd() {
        pos += (buf[pos] == '\r' && pos + 1 < n && buf[pos + 1] == '\n') ? 2 : 1;
        line++;
        lineStart = pos;
        colOffset = -1;
        commentStart = -1;
    }

    /** At a line end: a NEWLINE ends the logical line, unless inside brackets or on a blank line. */
    private void endOfLine() {
        int start = commentStart >= 0 ? commentStart : pos;
        int startLine = line;
        int startCol = column(start);
        consumeLineEnd();
        if (brackets.isEmpty() && lineHasTokens) {
            String text = pos - start == 1 && buf[start] == '\n' ? "\n" : src.substring(start, pos);
            tokens.add(new Token(TokenKind.NEWLINE, text, new Span(start, pos - start, startLine, startCol), null));
            lineHasTokens = false;
        }
    }

    /** A backslash outside a string: it must be followed by a line end, which it joins. */
    private void continuation() {
        int backslash = pos;
        Span after = new Span(backslash + 1, 0, line, column(backslash) + 1);
        pos++;
        if (pos >= n) {
            throw new SyntaxError(SyntaxError.Kind.LexError, "unexpected EOF while parsing", after);
        }
        if (!isLineEnd(buf[pos])) {
            throw lexError(spanAt(backslash, 1), "unexpected character after line continuation character");
        }
        consumeLineEnd();
        if (pos >= n) {
            throw new SyntaxError(SyntaxError.Kind.LexError, "unexpected EOF while parsing", after);
        }
    }

    /**
     * At the start of a physical line outside brackets: skips blank and comment-only lines, then
     * measures the indentation of the next line holding a token and emits INDENT, DEDENTs or an ERROR
     * token. Returns false at the end of the input.
     */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int contCol = -1;
            while (pos < n) {
                char c = buf[pos];
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt++;
                } else if (c == '\f') {
                    col = 0; // CPython resets the count at a form feed ("for Emacs users")
                    alt = 0;
                } else if (c == '\\' && pos + 1 < n && isLineEnd(buf[pos + 1])) {
                    // A continuation inside the indentation: the first one fixes the line's indentation.
                    if (contCol < 0) {
                        contCol = col;
                    }
                    continuation();
                    continue;
                } else {
                    break;
                }
                pos++;
            }
            if (pos >= n) {
                return false;
            }
            char c = buf[pos];
            if (c == '#' || isLineEnd(c)) {
                skipToLineEnd(); // a blank or comment-only line produces nothing
                if (pos >= n) {
                    return false;
                }
                consumeLineEnd();
                continue;
            }
            if (contCol >= 0) {
                col = contCol;
                alt = contCol;
            }
            indent(col, alt);
            return true;
        }
    }

    /** Compares the indentation of a line holding a token with the stack, as CPython does. */
    private void indent(int col, int alt) {
        if (depth < 0) {
            depth = 0; // the first line holding a token sets the base level
            indents[0] = col;
            altIndents[0] = alt;
            return;
        }
        if (col == indents[depth]) {
            if (alt != altIndents[depth]) {
                layout(TokenKind.ERROR, INCONSISTENT_TABS);
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= MAX_INDENT) {
                layout(TokenKind.ERROR, "too many levels of indentation");
                return;
            }
            if (alt <= altIndents[depth]) {
                layout(TokenKind.ERROR, INCONSISTENT_TABS);
            }
            depth++;
            if (depth == indents.length) {
                // Small programs are the common case: the stacks start small and grow to MAX_INDENT.
                indents = Arrays.copyOf(indents, Math.min(2 * depth, MAX_INDENT));
                altIndents = Arrays.copyOf(altIndents, indents.length);
            }
            indents[depth] = col;
            altIndents[depth] = alt;
            layout(TokenKind.INDENT, null);
        } else {
            int dedents = 0;
            while (depth > 0 && col < indents[depth]) {
                depth--;
                dedents++;
            }
            if (col != indents[depth]) {
                // Also a line indented less than the base level. The error token comes first so that the
                // parser meets it right after the NEWLINE; to keep going, the line opens a level of its own.
                layout(TokenKind.ERROR, BAD_UNINDENT);
                if (col > indents[depth]) {
                    depth++;
                    indents[depth] = col;
                    altIndents[depth] = alt;
                    dedents--;
                }
            } else if (alt != altIndents[depth]) {
                layout(TokenKind.ERROR, INCONSISTENT_TABS);
            }
            for (int i = 0; i < dedents; i++) {
                layout(TokenKind.DEDENT, null);
            }
        }
    }

    /** An INDENT, DEDENT or indentation ERROR: empty, at the first token of the line. */
    private void layout(TokenKind kind, String message) {
        tokens.add(new Token(kind, "", new Span(pos, 0, line, column(pos)), message));
    }

    /** At the end: unclosed bracket, final NEWLINE, DEDENTs back to the base level, EOF. */
    private void finish() {
        if (!brackets.isEmpty()) {
            Token open = brackets.get(brackets.size() - 1);
            tokens.add(new Token(TokenKind.ERROR, open.text(), open.span(), "'" + open.text() + "'" + NEVER_CLOSED));
        }
        if (lineHasTokens) {
            int start = commentStart >= 0 ? commentStart : n;
            tokens.add(new Token(TokenKind.NEWLINE, src.substring(start, n),
                    new Span(start, n - start, line, column(start)), null));
        }
        Span end = new Span(n, 0, line, column(n));
        for (; depth > 0; depth--) {
            tokens.add(new Token(TokenKind.DEDENT, "", end, null));
        }
        tokens.add(new Token(TokenKind.EOF, "", end, null));
    }

    /** Whether {@code token} is the ERROR token for a bracket left open at the end of the program. */
    static boolean isUnclosedBracket(Token token) {
        return token.kind() == TokenKind.ERROR && token.value() instanceof String message
                && message.endsWith(NEVER_CLOSED);
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens

    private void scanToken(char c) {
        int start = pos;
        int startLine = line;
        int startCol = column(start);
        if (c < 0x80) {
            if (isAsciiLetter(c) || c == '_') {
                scanName(start, startLine, startCol);
            } else if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(buf[pos + 1]))) {
                scanNumber(start, startLine, startCol);
            } else if (c == '"' || c == '\'') {
                scanString(start, startLine, startCol);
            } else {
                scanOperator(c, start, startLine, startCol);
            }
        } else {
            int cp = Character.codePointAt(buf, pos);
            if (isIdentifierStart(cp)) {
                scanName(start, startLine, startCol);
            } else {
                throw unexpectedCharacter(cp);
            }
        }
    }

    private void add(TokenKind kind, int start, int startLine, int startCol, Object value) {
        tokens.add(new Token(kind, text(kind, start, value), new Span(start, pos - start, startLine, startCol), value));
        lineHasTokens = true;
    }

    /** The token's text, sharing the constant spelling or the interned name where they are equal. */
    private String text(TokenKind kind, int start, Object value) {
        if (kind.text != null) {
            return kind.text;
        }
        if (kind == TokenKind.NAME && ((String) value).length() == pos - start && buf[start] < 0x80) {
            return (String) value; // an ASCII name is its own NFKC form
        }
        return src.substring(start, pos);
    }

    private SyntaxError unexpectedCharacter(int cp) {
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

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // Identifiers: Java's Unicode identifier classes, minus the "ignorable" control and format
    // characters Java admits but Python's XID classes do not.
    private static boolean isIdentifierStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private void scanName(int start, int startLine, int startCol) {
        boolean ascii = true;
        while (pos < n) {
            char ch = buf[pos];
            if (ch < 0x80) {
                if (!isAsciiLetter(ch) && !isDigit(ch) && ch != '_') {
                    break;
                }
                pos++;
            } else {
                int cp = Character.codePointAt(buf, pos);
                if (!isIdentifierPart(cp)) {
                    break;
                }
                ascii = false;
                pos += Character.charCount(cp);
            }
        }
        if (pos < n && (buf[pos] == '"' || buf[pos] == '\'') && pos - start <= 2
                && isStringPrefix(src.substring(start, pos))) {
            scanString(start, startLine, startCol);
            return;
        }
        Object word = ascii ? names.lookup(buf, start, pos) : null;
        if (word == null) {
            String text = src.substring(start, pos);
            TokenKind keyword = KEYWORDS.get(text);
            word = keyword != null ? keyword : (ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).intern();
            if (ascii) {
                names.put(buf, start, pos, word);
            }
        }
        if (word instanceof TokenKind keyword) {
            add(keyword, start, startLine, startCol, null);
        } else {
            add(TokenKind.NAME, start, startLine, startCol, word);
        }
    }

    /** Python 3.11's string prefixes, in any case: r, u, b, br, rb, f, fr, rf. */
    private static boolean isStringPrefix(String s) {
        switch (s.length()) {
            case 1:
                return "rRuUbBfF".indexOf(s.charAt(0)) >= 0;
            case 2:
                char a = Character.toLowerCase(s.charAt(0));
                char b = Character.toLowerCase(s.charAt(1));
                return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
            default:
                return false;
        }
    }

    private void scanOperator(char c, int start, int startLine, int startCol) {
        char c1 = pos + 1 < n ? buf[pos + 1] : '\0';
        char c2 = pos + 2 < n ? buf[pos + 2] : '\0';
        if (c == '@' && !lineHasTokens && pos + 1 < n && isIdentifierStart(Character.codePointAt(buf, pos + 1))) {
            pos++;
            add(TokenKind.AT, start, startLine, startCol, null);
            return;
        }
        TokenKind kind = switch (c) {
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '.' -> TokenKind.DOT;
            case '~' -> TokenKind.TILDE;
            case ':' -> c1 == '=' ? TokenKind.COLONEQUAL : TokenKind.COLON;
            case '+' -> c1 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
            case '-' -> c1 == '=' ? TokenKind.MINUSEQUAL : c1 == '>' ? TokenKind.RARROW : TokenKind.MINUS;
            case '*' -> c1 == '*' ? (c2 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR)
                    : c1 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
            case '/' -> c1 == '/' ? (c2 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH)
                    : c1 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
            case '%' -> c1 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
            case '=' -> c1 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
            case '!' -> c1 == '=' ? TokenKind.NOTEQUAL : null; // a lone '!' is not Python
            case '<' -> c1 == '<' ? (c2 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT)
                    : c1 == '=' ? TokenKind.LESSEQUAL : TokenKind.LESS;
            case '>' -> c1 == '>' ? (c2 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT)
                    : c1 == '=' ? TokenKind.GREATEREQUAL : TokenKind.GREATER;
            case '&' -> c1 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
            case '|' -> c1 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
            case '^' -> c1 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
            default -> null;
        };
        if (kind == null) {
            throw unexpectedCharacter(c);
        }
        pos += kind.text.length();
        if (kind.isOpeningBracket()) {
            if (brackets.size() >= MAX_NESTING) {
                add(TokenKind.ERROR, start, startLine, startCol, "too many nested parentheses");
            } else {
                add(kind, start, startLine, startCol, null);
            }
            brackets.add(tokens.get(tokens.size() - 1));
        } else {
            if (kind.isClosingBracket() && !brackets.isEmpty()) {
                // Popped even when it does not match: the parser reports the mismatch.
                brackets.remove(brackets.size() - 1);
            }
            add(kind, start, startLine, startCol, null);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Numbers: CPython 3.11's tok_get, with its error messages and positions. CPython reports a
    // malformed literal at its read position, which as a 1-based column is the character just before
    // it; numError reproduces that.

    private int cur() {
        return pos < n ? buf[pos] : -1;
    }

    private SyntaxError numError(int readPos, String message) {
        return lexError(spanAt(readPos - 1, 1), message);
    }

    private void scanNumber(int start, int startLine, int startCol) {
        TokenKind kind;
        if (cur() == '.') {
            pos++;
            kind = fraction();
        } else if (cur() == '0') {
            pos++;
            int c = cur();
            if (c == 'x' || c == 'X') {
                pos++;
                radixDigits(16, "hexadecimal");
                kind = TokenKind.INT;
            } else if (c == 'o' || c == 'O') {
                pos++;
                radixDigits(8, "octal");
                kind = TokenKind.INT;
            } else if (c == 'b' || c == 'B') {
                pos++;
                radixDigits(2, "binary");
                kind = TokenKind.INT;
            } else {
                kind = zeroPrefixedDecimal(start);
            }
        } else {
            decimalTail();
            kind = afterIntegerPart();
        }
        Object value = null;
        if (kind == TokenKind.INT) {
            value = integerValue(start, startLine, startCol);
        }
        add(kind, start, startLine, startCol, value);
    }

    /** Digits with single underscores between them: {@code 1_000}. */
    private void decimalTail() {
        while (true) {
            while (isDigit(cur())) {
                pos++;
            }
            if (cur() != '_') {
                return;
            }
            pos++;
            if (!isDigit(cur())) {
                throw numError(pos, "invalid decimal literal");
            }
        }
    }

    /** After the digits before any '.': a fraction, an exponent, {@code j}, or the end of an int. */
    private TokenKind afterIntegerPart() {
        int c = cur();
        if (c == '.') {
            pos++;
            return fraction();
        }
        if (c == 'e' || c == 'E') {
            return exponent(TokenKind.INT);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd("decimal");
        return TokenKind.INT;
    }

    /** {@code 0}, {@code 00}, {@code 0_0}, or a float/imaginary such as {@code 09.5}; {@code 07} is an error. */
    private TokenKind zeroPrefixedDecimal(int start) {
        while (true) {
            if (cur() == '_') {
                pos++;
                if (!isDigit(cur())) {
                    throw numError(pos, "invalid decimal literal");
                }
            }
            if (cur() != '0') {
                break;
            }
            pos++;
        }
        boolean nonzero = false;
        if (isDigit(cur())) {
            nonzero = true;
            decimalTail();
        }
        int c = cur();
        if (c == '.') {
            pos++;
            return fraction();
        }
        if (c == 'e' || c == 'E') {
            return exponent(TokenKind.INT);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        if (nonzero) {
            throw lexError(spanAt(start, 1), "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers");
        }
        verifyEnd("decimal");
        return TokenKind.INT;
    }

    /** After the '.' of a float. */
    private TokenKind fraction() {
        if (isDigit(cur())) {
            decimalTail();
        }
        int c = cur();
        if (c == 'e' || c == 'E') {
            return exponent(TokenKind.FLOAT);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd("decimal");
        return TokenKind.FLOAT;
    }

    /**
     * At an 'e' after digits. Without digits after it, the 'e' is not part of the number (so that
     * {@code 1else} still means {@code 1 else}) and the number is {@code kindSoFar}.
     */
    private TokenKind exponent(TokenKind kindSoFar) {
        int e = pos;
        pos++;
        int c = cur();
        if (c == '+' || c == '-') {
            pos++;
            if (!isDigit(cur())) {
                throw numError(pos, "invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            pos = e;
            verifyEnd("decimal");
            return kindSoFar;
        }
        decimalTail();
        c = cur();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd("decimal");
        return TokenKind.FLOAT;
    }

    private TokenKind imaginary() {
        pos++;
        verifyEnd("imaginary");
        return TokenKind.IMAGINARY;
    }

    /** The digits after {@code 0x}, {@code 0o} or {@code 0b}, underscores allowed before each group. */
    private void radixDigits(int radix, String kind) {
        do {
            if (cur() == '_') {
                pos++;
            }
            int c = cur();
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw numError(pos + 1, "invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                throw numError(pos, "invalid " + kind + " literal");
            }
            while (isRadixDigit(cur(), radix)) {
                pos++;
            }
        } while (cur() == '_');
        if (radix != 16 && isDigit(cur())) {
            throw numError(pos + 1, "invalid digit '" + (char) cur() + "' in " + kind + " literal");
        }
        verifyEnd(kind);
    }

    private static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 2 -> c == '0' || c == '1';
            case 8 -> c >= '0' && c <= '7';
            default -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
    }

    /**
     * CPython's verify_end_of_number: a number may be directly followed by one of the keywords that can
     * follow it in valid code ({@code 1if x else y}); any other ASCII letter, digit or underscore makes
     * the literal invalid.
     */
    private void verifyEnd(String kind) {
        int c = cur();
        boolean keyword = switch (c) {
            case 'a' -> followedBy("nd");
            case 'e' -> followedBy("lse");
            case 'f' -> followedBy("or");
            case 'i' -> pos + 1 < n && "fns".indexOf(buf[pos + 1]) >= 0;
            case 'o' -> followedBy("r");
            case 'n' -> followedBy("ot");
            default -> false;
        };
        if (!keyword && (isAsciiLetter(c) || isDigit(c) || c == '_')) {
            throw numError(pos, "invalid " + kind + " literal");
        }
    }

    /** Whether {@code rest} follows the current char, as a whole word. */
    private boolean followedBy(String rest) {
        int end = pos + 1 + rest.length();
        if (!src.startsWith(rest, pos + 1)) {
            return false;
        }
        return end >= n || !(isAsciiLetter(buf[end]) || isDigit(buf[end]) || buf[end] == '_');
    }

    /** PyRust rule 3: an integer literal must fit in a signed 64-bit long. */
    private Long integerValue(int start, int startLine, int startCol) {
        int radix = 10;
        int i = start;
        if (pos - start > 1 && buf[start] == '0' && Character.isLetter(buf[start + 1])) {
            char p = Character.toLowerCase(buf[start + 1]);
            radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            i += 2;
        }
        long value = 0;
        for (; i < pos; i++) {
            char c = buf[i];
            if (c == '_') {
                continue;
            }
            int digit = Character.digit(c, radix);
            if (value > (Long.MAX_VALUE - digit) / radix) {
                throw new SyntaxError(SyntaxError.Kind.LexError, "Integer literal '" + src.substring(start, pos)
                        + "' is too large (exceeds i64 range)", new Span(start, pos - start, startLine, startCol));
            }
            value = value * radix + digit;
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------
    // Strings

    /** A string literal; {@code pos} is at its opening quote (after any prefix, which starts at start). */
    private void scanString(int start, int startLine, int startCol) {
        String prefix = src.substring(start, pos).toLowerCase(Locale.ROOT);
        char quote = buf[pos];
        boolean triple = pos + 2 < n && buf[pos + 1] == quote && buf[pos + 2] == quote;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        int bodyEnd;
        Span at = new Span(start, 1, startLine, startCol);
        while (true) {
            if (pos >= n) {
                // CPython counts a line end just before the end of input as not starting a new line.
                int detected = n > 0 && isLineEnd(buf[n - 1]) && line > startLine ? line - 1 : line;
                throw unterminated(at, triple, detected);
            }
            char c = buf[pos];
            if (c == quote) {
                if (!triple) {
                    bodyEnd = pos;
                    pos++;
                    break;
                }
                if (pos + 2 < n && buf[pos + 1] == quote && buf[pos + 2] == quote) {
                    bodyEnd = pos;
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\\') {
                // The next character is escaped, even in a raw string (r"\"" is a backslash and a quote).
                pos++;
                if (pos < n) {
                    if (isLineEnd(buf[pos])) {
                        consumeLineEnd();
                    } else {
                        pos++;
                    }
                }
            } else if (isLineEnd(c)) {
                if (!triple) {
                    throw unterminated(at, false, line);
                }
                consumeLineEnd();
            } else {
                pos++;
            }
        }
        String value;
        if (prefix.indexOf('b') >= 0 || prefix.indexOf('f') >= 0) {
            value = src.substring(bodyStart, bodyEnd); // not in the language: the parser rejects it
        } else {
            try {
                value = StringLiterals.decode(src, bodyStart, bodyEnd, prefix.indexOf('r') >= 0);
            } catch (StringLiterals.BadEscape e) {
                throw lexError(spanAt(e.offset, 1), e.getMessage());
            }
        }
        tokens.add(new Token(TokenKind.STRING, src.substring(start, pos),
                new Span(start, pos - start, startLine, startCol), value));
        lineHasTokens = true;
    }

    private static SyntaxError unterminated(Span at, boolean triple, int detectedLine) {
        return new SyntaxError(SyntaxError.Kind.LexError, "unterminated " + (triple ? "triple-quoted " : "")
                + "string literal (detected at line " + detectedLine + ")", at);
    }

    // ---------------------------------------------------------------------------------------------
    // Positions

    private static SyntaxError lexError(Span span, String message) {
        return new SyntaxError(SyntaxError.Kind.LexError, message, span);
    }

    /**
     * The 1-based column, in code points, of {@code offset} on the current line. Tokens are made in
     * order, so counting on from the previous answer keeps the lexer linear on long lines.
     */
    private int column(int offset) {
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
    private Span spanAt(int offset, int length) {
        if (offset >= lineStart) {
            return new Span(offset, length, line, column(offset));
        }
        return spanOnAnyLine(offset, length);
    }

    /** The span of {@code length} chars at {@code offset}, counting its line and column from the start. */
    private Span spanOnAnyLine(int offset, int length) {
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
