package org.pyrust.ast;

import java.util.List;

/**
 * Statements. Each span starts at the statement's first token. Optional parts are {@code null} when
 * absent; bodies and other lists are never null ({@code orElse} is empty when there is no {@code else}).
 */
public sealed interface Stmt extends Node {

    record ExprStmt(Span span, Expr expr) implements Stmt {
    }

    /**
     * {@code t1 = t2 = value}: the targets in source order, each a {@link Expr.Name}, {@link Expr.Attribute},
     * {@link Expr.Subscript}, or a {@link Expr.TupleExpr}/{@link Expr.ListExpr} of targets with at most one
     * {@link Expr.Starred}.
     */
    record Assign(Span span, List<Expr> targets, Expr value) implements Stmt {
    }

    /** {@code target op= value} (a name, attribute or subscript); the runtime error position is the target's. */
    record AugAssign(Span span, Expr target, BinaryOp op, Expr value) implements Stmt {
    }

    /** {@code target: annotation [= value]}; {@code value} may be null. */
    record AnnAssign(Span span, Expr target, Expr annotation, Expr value) implements Stmt {
    }

    /**
     * {@code @decorators def name(parameters) -> returns: body}; {@code span} starts at the first decorator
     * (or {@code def}), {@code nameSpan} is the name token's; {@code returns} may be null.
     */
    record FunctionDef(Span span, String name, Span nameSpan, Parameters parameters, List<Stmt> body, List<Expr> decorators, Expr returns) implements Stmt {
    }

    /** {@code @decorators class name(bases, keywords): body} (Objects layer). */
    record ClassDef(Span span, String name, Span nameSpan, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators) implements Stmt {
    }

    /** {@code return} or {@code return value}; {@code value} is null for a bare return. */
    record Return(Span span, Expr value) implements Stmt {
    }

    /** {@code if}; an {@code elif} chain is an If inside {@code orElse}. */
    record If(Span span, Expr condition, List<Stmt> then, List<Stmt> orElse) implements Stmt {
    }

    record While(Span span, Expr condition, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    /** {@code for target in iterable: body else: orElse}; the target is as an assignment's. */
    record For(Span span, Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    record Break(Span span) implements Stmt {
    }

    record Continue(Span span) implements Stmt {
    }

    record Pass(Span span) implements Stmt {
    }

    record Global(Span span, List<String> names) implements Stmt {
    }

    record Nonlocal(Span span, List<String> names) implements Stmt {
    }

    /** {@code del t1, t2}: names, attributes, subscripts, or tuples/lists of them. */
    record Delete(Span span, List<Expr> targets) implements Stmt {
    }

    /** {@code assert test [, message]}. */
    record Assert(Span span, Expr test, Expr message) implements Stmt {
    }

    /** {@code raise}, {@code raise exception} or {@code raise exception from cause}. */
    record Raise(Span span, Expr exception, Expr cause) implements Stmt {
    }

    /** {@code try} with handlers, {@code else} and {@code finally}, each list empty when absent. */
    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody) implements Stmt {
    }

    /** {@code import a.b [as c], d} (Objects layer). */
    record Import(Span span, List<Alias> names) implements Stmt {
    }

    /**
     * {@code from module import names}; {@code level} counts the leading dots, {@code module} may be null
     * ({@code from . import x}); a single alias named {@code *} is {@code import *}.
     */
    record ImportFrom(Span span, String module, int level, List<Alias> names) implements Stmt {
    }

    /** {@code with a as b, c: body} (Objects layer). */
    record With(Span span, List<WithItem> items, List<Stmt> body) implements Stmt {
    }
}
