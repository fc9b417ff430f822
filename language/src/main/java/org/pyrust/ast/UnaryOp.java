package org.pyrust.ast;

public enum UnaryOp {
    NEG("-"),
    POS("+"),
    NOT("not"),
    INVERT("~");

    public final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }
}
