package org.pyrust.ast;

/** {@code name [as asName]} of an import; {@code name} may be dotted; {@code asName} may be null. */
public record Alias(Span span, String name, String asName) implements Node {
}
