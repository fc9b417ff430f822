package org.pyrust.ast;

/** A positional parameter of a {@code def}. */
public record Param(Span span, String name) implements Node {
}
