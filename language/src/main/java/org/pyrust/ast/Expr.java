package org.pyrust.ast;

import java.util.List;

/** Expressions. Each span starts at the expression's first character. */
public sealed interface Expr extends Node {

    record IntLiteral(Span span, long value) implements Expr {
    }

    /** A string literal with its escapes already decoded; adjacent literals are concatenated. */
    record StrLiteral(Span span, String value) implements Expr {
    }

    record BoolLiteral(Span span, boolean value) implements Expr {
    }

    record NoneLiteral(Span span) implements Expr {
    }

    /** A read of a variable; {@code id} is NFKC-normalized and interned. */
    record Name(Span span, String id) implements Expr {
    }

    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
    }

    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
    }

    /** {@code a < b <= c}: {@code operands} has one more element than {@code ops}. */
    record Compare(Span span, List<CompareOp> ops, List<Expr> operands) implements Expr {
    }

    /** {@code a and b} / {@code a or b}; chains nest to the left. */
    record Logical(Span span, boolean isAnd, Expr left, Expr right) implements Expr {
    }

    record Call(Span span, Expr callee, List<Expr> args) implements Expr {
    }
}
