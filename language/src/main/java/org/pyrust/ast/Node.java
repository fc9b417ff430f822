package org.pyrust.ast;

/** A node of the plain syntax tree: it knows where it stands and nothing of Truffle. */
public sealed interface Node permits Expr, Stmt, Param, Parameters, Keyword, DictItem, ComprehensionClause, ExceptHandler, Alias, WithItem {
    Span span();
}
