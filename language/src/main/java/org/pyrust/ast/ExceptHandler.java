package org.pyrust.ast;

import java.util.List;

/** {@code except [type [as name]]: body}; {@code type} and {@code name} may be null. */
public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) implements Node {
}
