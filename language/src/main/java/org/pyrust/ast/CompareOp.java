package org.pyrust.ast;

public enum CompareOp {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    public final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }
}
