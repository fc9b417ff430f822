package org.pyrust.ast;

public enum BinaryOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    /** PyRust rule 2: integer division truncating toward zero. */
    DIV("/"),
    FLOOR_DIV("//"),
    MOD("%"),
    POW("**"),
    LSHIFT("<<"),
    RSHIFT(">>"),
    BIT_AND("&"),
    BIT_OR("|"),
    BIT_XOR("^"),
    MATMUL("@");

    /** As written in the source and in error messages. */
    public final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }
}
