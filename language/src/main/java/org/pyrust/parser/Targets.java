package org.pyrust.parser;

import org.pyrust.ast.Expr;

/**
 * The checks CPython's parser makes on assignment, {@code for}, {@code with} and {@code del} targets:
 * names, attributes, subscripts, and tuples or lists of targets (with starred ones, whose number the
 * compiler checks later, see {@link SemanticChecker}). The first invalid part is reported.
 */
final class Targets {

    enum Context {
        /** The only target of {@code =}: CPython adds its "Maybe you meant '=='" hint. */
        ASSIGN_HINTED,
        ASSIGN,
        FOR,
        DELETE
    }

    private Targets() {
    }

    static void check(ParserBase parser, Expr target, Context context) {
        Expr invalid = invalid(target, context);
        if (invalid == null) {
            return;
        }
        String what = ExpressionParser.describe(invalid);
        if (context == Context.DELETE) {
            throw parser.error(invalid.span(), "cannot delete " + what);
        }
        boolean hint = context == Context.ASSIGN_HINTED && invalid == target && switch (target) {
            case Expr.NoneLiteral n -> false;
            case Expr.BoolLiteral b -> false;
            case Expr.Compare c -> false;
            case Expr.Logical l -> false;
            case Expr.Unary u -> u.op() != org.pyrust.ast.UnaryOp.NOT;
            case Expr.Conditional c -> false;
            case Expr.Lambda l -> false;
            case Expr.NamedExpr n -> false;
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            case Expr.Comprehension c -> false;
            default -> true;
        };
        throw parser.error(invalid.span(), "cannot assign to " + what + (hint ? " here. Maybe you meant '==' instead of '='?" : ""));
    }

    /** The first part of {@code e} that cannot be a target, or null. */
    private static Expr invalid(Expr e, Context context) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.Starred s -> context == Context.DELETE ? s : invalid(s.value(), context);
            case Expr.TupleExpr t -> first(t.elements(), context);
            case Expr.ListExpr l -> first(l.elements(), context);
            default -> e;
        };
    }

    private static Expr first(java.util.List<Expr> elements, Context context) {
        for (Expr element : elements) {
            Expr invalid = invalid(element, context);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }
}
