package org.pyrust.parser;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.pyrust.ast.Span;

/**
 * The token cursor and the error reporting every part of the {@link Parser} shares. The parser is split by
 * grammar area into a chain of classes: this one, {@link ExpressionParser}, {@link StatementParser} and
 * {@link Parser}, which holds the entry points.
 */
abstract class ParserBase {

    /**
     * Nesting of expressions (parentheses, calls, unary operators, {@code not}, {@code **}) beyond
     * which the parser reports an error rather than risk the Java stack, here and in whoever walks
     * the tree. CPython limits brackets to 200 (the lexer does too) and goes somewhat deeper with
     * prefix operators; programs that nest that deeply are not worth a crash.
     */
    static final int MAX_DEPTH = 500;

    /** The tokens, ending with EOF (an array: cheaper than a List before the JIT warms up). */
    final Token[] tokens;
    int pos;
    /** The last token consumed that is not layout (NEWLINE, INDENT, DEDENT): where spans end. */
    Token lastReal;
    /** The brackets currently open in the parse, innermost first: for mismatch messages. */
    final Deque<Token> openBrackets = new ArrayDeque<>();
    int depth;
    /** Whether the program has a {@code global} or {@code nonlocal} statement, the only reasons to track name uses. */
    boolean sawDeclaration;
    /** The ERROR token of a bracket the program never closes, or null. */
    final Token unclosed;
    /** The offset of the last token that is neither layout nor ERROR. */
    final int lastRealOffset;

    ParserBase(List<Token> tokens) {
        Token[] array = tokens.toArray(new Token[0]);
        if (array.length == 0 || array[array.length - 1].kind() != TokenKind.EOF) {
            // Only a hand-made list can lack the EOF the parser relies on.
            Span end = array.length == 0 ? new Span(0, 0, 1, 1) : array[array.length - 1].span();
            array = Arrays.copyOf(array, array.length + 1);
            array[array.length - 1] = new Token(TokenKind.EOF, "", new Span(end.offset() + end.length(), 0, end.line(), end.column()), null);
        }
        this.tokens = array;
        // The lexer puts the error for an unclosed bracket after the last real token.
        Token found = null;
        int last = 0;
        for (int i = array.length - 1; i >= 0; i--) {
            Token t = array[i];
            TokenKind k = t.kind();
            if (k == TokenKind.ERROR) {
                found = found == null && Lexer.isUnclosedBracket(t) ? t : found;
            } else if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT && k != TokenKind.EOF) {
                last = t.span().offset();
                break;
            }
        }
        this.unclosed = found;
        this.lastRealOffset = last;
    }

    // ---------------------------------------------------------------------------------------------
    // Token access

    Token peek() {
        return tokens[pos];
    }

    Token peek(int ahead) {
        return tokens[Math.min(pos + ahead, tokens.length - 1)];
    }

    boolean at(TokenKind kind) {
        return tokens[pos].kind() == kind;
    }

    Token advance() {
        Token t = tokens[pos];
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT, EOF -> {
            }
            default -> lastReal = t;
        }
        return t;
    }

    /** The span from {@code first} to the last token consumed. */
    Span spanFrom(Token first) {
        return lastReal == null ? first.span() : first.span().to(lastReal.span());
    }

    // ---------------------------------------------------------------------------------------------
    // Errors

    SyntaxError error(Span at, String message) {
        // Everything after a bracket that is never closed is inside it. CPython blames the bracket for an
        // error on a later line than the bracket, or when the parser has run out of tokens.
        if (unclosed != null && at.offset() > unclosed.span().offset()
                && (at.line() > unclosed.span().line() || at.offset() >= lastRealOffset)) {
            return new SyntaxError(SyntaxError.Kind.ParseError, (String) unclosed.value(), unclosed.span());
        }
        return new SyntaxError(SyntaxError.Kind.ParseError, message, at);
    }

    /** An error at {@code t}, unless {@code t} is an ERROR token: then the lexer's message. */
    SyntaxError errorAt(Token t, String message) {
        if (t.kind() == TokenKind.ERROR) {
            return error(t.span(), (String) t.value());
        }
        return error(t.span(), message);
    }

    /** An unexpected token: a closing bracket gets CPython's bracket messages, others {@code message}. */
    SyntaxError unexpected(Token t, String message) {
        if (t.kind().isClosingBracket()) {
            Token open = openBrackets.peek();
            if (open == null) {
                return errorAt(t, "unmatched '" + t.text() + "'");
            }
            if (!closes(open, t)) {
                return errorAt(t, "closing parenthesis '" + t.text() + "' does not match opening parenthesis '"
                        + open.text() + "'" + (open.span().line() != t.span().line() ? " on line " + open.span().line() : ""));
            }
        }
        return errorAt(t, message);
    }

    static boolean closes(Token open, Token close) {
        return switch (open.kind()) {
            case LPAR -> close.kind() == TokenKind.RPAR;
            case LSQB -> close.kind() == TokenKind.RSQB;
            default -> close.kind() == TokenKind.RBRACE;
        };
    }

    static String notSupported(String construct) {
        return "'" + construct + "' is not supported";
    }

    SyntaxError expectedExpression(Token t) {
        return errorAt(t, "Expected expression");
    }

    void expectColon() {
        Token t = peek();
        if (t.kind() == TokenKind.COLON) {
            advance();
            return;
        }
        if (t.kind() == TokenKind.EQUAL) {
            throw errorAt(t, "invalid syntax. Maybe you meant '==' instead of '='?");
        }
        throw unexpected(t, "expected ':'");
    }

    void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw errorAt(at, "expression too deeply nested");
        }
    }

    void exit() {
        depth--;
    }
}
