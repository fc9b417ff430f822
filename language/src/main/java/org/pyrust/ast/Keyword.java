package org.pyrust.ast;

/** {@code name=value} in a call or a class's bases, or {@code **value} when {@code name} is null. */
public record Keyword(Span span, String name, Expr value) implements Node {
}
