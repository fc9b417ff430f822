package org.pyrust.ast;

import java.util.List;

/** Statements. Each span starts at the statement's first token. */
public sealed interface Stmt extends Node {

    record ExprStmt(Span span, Expr expr) implements Stmt {
    }

    record Assign(Span span, Expr.Name target, Expr value) implements Stmt {
    }

    /** {@code target op= value}; the runtime error position is the target's. */
    record AugAssign(Span span, Expr.Name target, BinaryOp op, Expr value) implements Stmt {
    }

    /** {@code def name(params): body}; {@code nameSpan} is the name token's. */
    record FunctionDef(Span span, String name, Span nameSpan, List<Param> params, List<Stmt> body) implements Stmt {
    }

    /** {@code return} or {@code return value}; {@code value} is null for a bare return. */
    record Return(Span span, Expr value) implements Stmt {
    }

    /** {@code if}; an {@code elif} chain is an If inside {@code orElse}; {@code orElse} is empty when absent. */
    record If(Span span, Expr condition, List<Stmt> then, List<Stmt> orElse) implements Stmt {
    }

    record While(Span span, Expr condition, List<Stmt> body) implements Stmt {
    }

    /**
     * {@code for target in range(args): body}; {@code rangeSpan} is the span of the word {@code range},
     * where argument errors are reported.
     */
    record ForRange(Span span, Expr.Name target, Span rangeSpan, List<Expr> args, List<Stmt> body) implements Stmt {
    }

    record Break(Span span) implements Stmt {
    }

    record Continue(Span span) implements Stmt {
    }

    record Pass(Span span) implements Stmt {
    }

    record Global(Span span, List<String> names) implements Stmt {
    }
}
