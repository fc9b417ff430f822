package org.pyrust.ast;

import java.util.List;

/** A whole program: its top-level statements. */
public record Module(List<Stmt> body) {
}
