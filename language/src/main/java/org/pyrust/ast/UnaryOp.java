package org.pyrust.ast;

public enum UnaryOp {
    NEG("-"),
    POS("+"),
    NOT("not");

    public final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }
}
