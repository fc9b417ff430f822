package org.pyrust.ast;

/** {@code key: value} of a dict display, or {@code **value} when {@code key} is null. */
public record DictItem(Span span, Expr key, Expr value) implements Node {
}
