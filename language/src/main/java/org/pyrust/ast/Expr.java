package org.pyrust.ast;

import java.util.List;

/**
 * Expressions. Each span starts at the expression's first character. Optional parts are {@code null}
 * when absent; lists are never null.
 */
public sealed interface Expr extends Node {

    record IntLiteral(Span span, long value) implements Expr {
    }

    record FloatLiteral(Span span, double value) implements Expr {
    }

    /** A string literal with its escapes already decoded; adjacent literals are concatenated. */
    record StrLiteral(Span span, String value) implements Expr {
    }

    record BoolLiteral(Span span, boolean value) implements Expr {
    }

    record NoneLiteral(Span span) implements Expr {
    }

    /** {@code ...} */
    record EllipsisLiteral(Span span) implements Expr {
    }

    /** A read of a variable (or, as a target, a write); {@code id} is NFKC-normalized and interned. */
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

    /** {@code body if test else orElse}. */
    record Conditional(Span span, Expr test, Expr body, Expr orElse) implements Expr {
    }

    /**
     * {@code callee(args, keywords)}: {@code args} are the positional arguments in order, a {@link Starred}
     * among them for {@code *xs}; {@code keywords} are {@code name=value} and {@code **mapping} (name null).
     */
    record Call(Span span, Expr callee, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Span span, Expr value) implements Expr {
    }

    /** {@code value.name}; {@code nameSpan} is the name token's. */
    record Attribute(Span span, Expr value, String name, Span nameSpan) implements Expr {
    }

    /** {@code value[index]}; {@code a[i:j]} has a {@link Slice} index, {@code a[i, j:k]} a {@link TupleExpr} of them. */
    record Subscript(Span span, Expr value, Expr index) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {
    }

    /** {@code (a, b)}, {@code a, b} or {@code ()}; elements may be {@link Starred}. */
    record TupleExpr(Span span, List<Expr> elements) implements Expr {
    }

    record ListExpr(Span span, List<Expr> elements) implements Expr {
    }

    /** {@code {a, b}} (never empty: {@code {}} is a dict). */
    record SetExpr(Span span, List<Expr> elements) implements Expr {
    }

    /** {@code {k: v, **m}}. */
    record DictExpr(Span span, List<DictItem> items) implements Expr {
    }

    /**
     * A list, set or dict comprehension or a generator expression: {@code element} (the key for a dict),
     * {@code value} (dicts only, else null) and one or more clauses, the first iterable evaluated in the
     * enclosing scope, the rest in the comprehension's own scope.
     */
    record Comprehension(Span span, ComprehensionKind kind, Expr element, Expr value, List<ComprehensionClause> clauses) implements Expr {
    }

    record Lambda(Span span, Parameters parameters, Expr body) implements Expr {
    }

    /**
     * An f-string, or a run of adjacent literals of which at least one is an f-string: the parts in order,
     * each a {@link StrLiteral} or a {@link FormattedValue}.
     */
    record FString(Span span, List<Expr> parts) implements Expr {
    }

    /**
     * {@code {value!conversion:formatSpec}} inside an f-string; {@code conversion} is {@code 'r'},
     * {@code 's'}, {@code 'a'} or {@code 0} for none; {@code formatSpec} is null or an {@link FString}.
     * {@code {x=}} is parsed as the literal text {@code x=} followed by this node (with {@code 'r'} when
     * there is neither a conversion nor a spec), as CPython does.
     */
    record FormattedValue(Span span, Expr value, char conversion, FString formatSpec) implements Expr {
    }

    /** {@code yield} or {@code yield value} (Objects layer). */
    record Yield(Span span, Expr value) implements Expr {
    }

    /** {@code yield from value} (Objects layer). */
    record YieldFrom(Span span, Expr value) implements Expr {
    }

    /** {@code target := value}. */
    record NamedExpr(Span span, Name target, Expr value) implements Expr {
    }
}
