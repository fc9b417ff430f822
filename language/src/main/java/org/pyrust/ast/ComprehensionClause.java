package org.pyrust.ast;

import java.util.List;

/** {@code for target in iterable if c1 if c2} of a comprehension. */
public record ComprehensionClause(Span span, Expr target, Expr iterable, List<Expr> conditions) implements Node {
}
