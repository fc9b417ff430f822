package org.pyrust.ast;

/** One parameter of a {@code def} or {@code lambda}; {@code defaultValue} and {@code annotation} may be null. */
public record Param(Span span, String name, Expr defaultValue, Expr annotation) implements Node {
}
