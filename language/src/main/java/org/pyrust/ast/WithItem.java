package org.pyrust.ast;

/** {@code context [as target]} of a {@code with}; {@code target} may be null. */
public record WithItem(Span span, Expr context, Expr target) implements Node {
}
