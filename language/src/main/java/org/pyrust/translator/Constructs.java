package org.pyrust.translator;

import org.pyrust.ast.Expr;
import org.pyrust.ast.Node;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.parser.SyntaxError;

/**
 * The {@code '<construct>' is not supported} errors for what the parser accepts and the runtime does not
 * run yet (the Objects layer: classes, imports, {@code with}, generators; and {@code ...} and {@code @}),
 * each at the construct's start, an attribute target at its dot. Translation happens before anything
 * runs, so such a program prints nothing.
 */
final class Constructs {

    private final CharSequence text;

    Constructs(CharSequence text) {
        this.text = text;
    }

    /** The error for {@code node}, naming what of it is not supported. */
    SyntaxError notSupported(Node node) {
        return switch (node) {
            case Expr.Binary e -> error(e.op().symbol, e.span());
            case Expr.Attribute e -> error("attribute", before(e.nameSpan()));
            case Expr.Starred e -> error("starred expression", e.span());
            case Expr.Yield e -> error("yield", e.span());
            case Expr.YieldFrom e -> error("yield", e.span());
            case Stmt.AugAssign s -> notSupported(s.target());
            case Stmt.ClassDef s -> s.decorators().isEmpty() ? error("class", s.span()) : error("decorator", s.span());
            case Stmt.Import s -> error("import", s.span());
            case Stmt.ImportFrom s -> error("from", s.span());
            case Stmt.With s -> error("with", s.span());
            case Stmt.Delete s -> error("del of a captured variable", s.span());
            default -> error(node.getClass().getSimpleName(), node.span());
        };
    }

    /** Whether {@code for} over this can be a counting loop: {@code range(...)} with plain positional arguments. */
    static boolean isRange(Expr iterable) {
        return iterable instanceof Expr.Call call && call.callee() instanceof Expr.Name callee && callee.id().equals("range")
                        && call.keywords().isEmpty() && call.args().stream().noneMatch(a -> a instanceof Expr.Starred);
    }

    private static SyntaxError error(String construct, Span at) {
        return new SyntaxError(SyntaxError.Kind.ParseError, "'" + construct + "' is not supported", at);
    }

    /** The one-character span of the token before {@code s} (the dot of an attribute). */
    private Span before(Span s) {
        int i = s.offset() - 1;
        while (i > 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\\')) {
            i--;
        }
        int column = s.column() - (s.offset() - i);
        return new Span(i, 1, s.line(), Math.max(1, column));
    }
}
