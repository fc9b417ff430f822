package org.pyrust.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
public final class Lexer extends StringLexer {

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

    private boolean done;
    private SyntaxError failure;

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

    public Lexer(String source) {
        super(source);
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

    private void skipToLineEnd() {
        while (pos < n && !isLineEnd(buf[pos])) {
            pos++;
        }
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

}
