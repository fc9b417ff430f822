package org.pyrust.fuzz;

/**
 * A generated expression: its source text and how tightly it binds.
 *
 * <p>Operands are parenthesized only where the grammar needs it ({@link #at}), so that the programs
 * exercise the parser's precedence and associativity instead of hiding them behind parentheses; the
 * generator adds redundant parentheses separately, now and then.
 */
record Expr(String text, int precedence) {

    // Python's binding strengths, lowest first (the Expressions table of docs/language.md).
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int COMPARE = 4;
    static final int SUM = 5;
    static final int TERM = 6;
    static final int UNARY = 7;
    static final int POWER = 8;
    static final int ATOM = 9;

    /**
     * Marks a place inside brackets where a line break may go (implicit line joining); {@link Layout}
     * turns it into a newline or removes it. U+0001 never occurs in generated literals, whose control
     * characters are always written as escapes.
     */
    static final String BREAK = "\u0001";

    /**
     * Marks a place after a binary operator where the line may be continued with a backslash
     * (explicit line joining), which is allowed outside brackets too.
     */
    static final String CONTINUE = "\u0002";

    static Expr atom(String text) {
        return new Expr(text, ATOM);
    }

    /** The text as an operand that must bind at least as tightly as {@code minimum}. */
    String at(int minimum) {
        return precedence >= minimum ? text : "(" + text + ")";
    }

    Expr parenthesized() {
        return atom("(" + text + ")");
    }
}
