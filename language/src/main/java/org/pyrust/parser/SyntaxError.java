package org.pyrust.parser;

import org.pyrust.ast.Span;

/**
 * A lexical or parse error, with the position of the offending character or token. Truffle-free: the
 * language turns it into a guest exception.
 */
public final class SyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        LexError,
        ParseError
    }

    private final Kind kind;
    private final Span span;

    public SyntaxError(Kind kind, String message, Span span) {
        super(message, null, false, false);
        this.kind = kind;
        this.span = span;
    }

    public Kind kind() {
        return kind;
    }

    public Span span() {
        return span;
    }

    /** The first line every PyRust error report starts with. */
    public String firstLine() {
        return kind + " at " + span.line() + ":" + span.column() + ": " + getMessage();
    }
}
