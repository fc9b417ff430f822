package org.pyrust.translator;

import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Keyword;
import org.pyrust.ast.Node;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.UnaryOp;
import org.pyrust.parser.SyntaxError;

/**
 * The {@code '<construct>' is not supported} errors for what the parser accepts and the runtime does not
 * run yet, with the names and positions the parser used when it rejected these constructs itself (the
 * golden tests pin them): most at the node's start, operators at the operator, an attribute at its dot, a
 * subscript at its '[', parameter features at their '=', ':', '*', '/' or '->', a loop's else at
 * {@code else}. Positions the tree does not keep are found in the program text.
 */
final class Constructs {

    private final CharSequence text;

    Constructs(CharSequence text) {
        this.text = text;
    }

    /** The error for {@code node}, naming what of it is not supported. */
    SyntaxError notSupported(Node node) {
        return switch (node) {
            case Expr.FloatLiteral e -> error("float", e.span());
            case Expr.FString e -> error("f-string", e.span());
            case Expr.EllipsisLiteral e -> error("Ellipsis", e.span());
            case Expr.Unary e -> error(e.op().symbol, e.span());
            case Expr.Binary e -> error(e.op().symbol, after(e.left().span()));
            case Expr.Compare e -> {
                for (int i = 0; i < e.ops().size(); i++) {
                    CompareOp op = e.ops().get(i);
                    if (op == CompareOp.IN || op == CompareOp.NOT_IN) {
                        yield error(op.symbol, after(e.operands().get(i).span()));
                    }
                }
                yield error("comparison", e.span());
            }
            case Expr.Conditional e -> error("conditional expression", e.span());
            case Expr.Call e -> call(e);
            case Expr.Starred e -> error("*args", e.span());
            case Expr.Attribute e -> error("attribute", before(e.nameSpan()));
            case Expr.Subscript e -> error("subscript", after(e.value().span()));
            case Expr.TupleExpr e -> error("tuple", e.span());
            case Expr.ListExpr e -> error("list", e.span());
            case Expr.SetExpr e -> error("set", e.span());
            case Expr.DictExpr e -> error("dict", e.span());
            case Expr.Comprehension e -> error(switch (e.kind()) {
                case LIST -> "list";
                case SET -> "set";
                case DICT -> "dict";
                case GENERATOR -> "generator expression";
            }, e.span());
            case Expr.Lambda e -> error("lambda", e.span());
            case Expr.Yield e -> error("yield", e.span());
            case Expr.YieldFrom e -> error("yield", e.span());
            case Expr.NamedExpr e -> error("walrus", after(e.target().span()));
            case Stmt.Assign s -> s.targets().size() > 1 ? error("chained assignment", s.span()) : notSupported(s.targets().get(0));
            case Stmt.AugAssign s -> s.target() instanceof Expr.Name ? error(s.op().symbol + "=", after(s.target().span())) : notSupported(s.target());
            case Stmt.AnnAssign s -> error("annotated assignment", s.span());
            case Stmt.FunctionDef s -> function(s);
            case Stmt.ClassDef s -> s.decorators().isEmpty() ? error("class", s.span()) : error("decorator", s.span());
            case Stmt.While s -> error("while...else", elseOf(s.body()));
            case Stmt.For s -> {
                if (!(s.target() instanceof Expr.Name)) {
                    yield notSupported(s.target());
                }
                if (!isRange(s.iterable())) {
                    yield new SyntaxError(SyntaxError.Kind.ParseError, "'for over anything but range()' is not supported", s.iterable().span());
                }
                yield error("for...else", elseOf(s.body()));
            }
            case Stmt.Nonlocal s -> error("nonlocal", s.span());
            case Stmt.Delete s -> error("del", s.span());
            case Stmt.Assert s -> error("assert", s.span());
            case Stmt.Raise s -> error("raise", s.span());
            case Stmt.Try s -> error("try", s.span());
            case Stmt.Import s -> error("import", s.span());
            case Stmt.ImportFrom s -> error("from", s.span());
            case Stmt.With s -> error("with", s.span());
            default -> error(node.getClass().getSimpleName(), node.span());
        };
    }

    /** Whether {@code for} over this runs today: {@code range(...)} with positional arguments only. */
    static boolean isRange(Expr iterable) {
        return iterable instanceof Expr.Call call && call.callee() instanceof Expr.Name callee && callee.id().equals("range")
                && call.keywords().isEmpty() && call.args().stream().noneMatch(a -> a instanceof Expr.Starred);
    }

    /** Whether the runtime runs this binary operator today. */
    static boolean isArithmetic(BinaryOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, FLOOR_DIV, MOD, POW -> true;
            default -> false;
        };
    }

    static boolean isRunnable(UnaryOp op) {
        return op != UnaryOp.INVERT;
    }

    private SyntaxError call(Expr.Call e) {
        Span first = null;
        String what = null;
        for (Expr arg : e.args()) {
            if (arg instanceof Expr.Starred) {
                first = arg.span();
                what = "*args";
                break;
            }
        }
        for (Keyword k : e.keywords()) {
            if (first == null || k.span().offset() < first.offset()) {
                first = k.span();
                what = k.name() == null ? "**kwargs" : "keyword arguments";
            }
            break;
        }
        return first == null ? error("call", e.span()) : error(what, first);
    }

    /** The first parameter feature beyond plain positional names, in source order. */
    private SyntaxError function(Stmt.FunctionDef s) {
        if (!s.decorators().isEmpty()) {
            return error("decorator", s.span());
        }
        Parameters p = s.parameters();
        for (int i = 0; i < p.positional().size(); i++) {
            Param param = p.positional().get(i);
            SyntaxError e = parameter(param);
            if (e != null) {
                return e;
            }
            if (i + 1 == p.positionalOnly()) {
                return error("positional-only parameters", skipForward(end(param.span()), ","));
            }
        }
        if (p.varArgs() != null) {
            return error("*args", p.varArgs().span());
        }
        if (!p.keywordOnly().isEmpty()) {
            return error("keyword-only parameters", skipBackward(p.keywordOnly().get(0).span().offset(), ","));
        }
        if (p.kwArgs() != null) {
            return error("**kwargs", p.kwArgs().span());
        }
        if (s.returns() != null) {
            int gt = skipBackward(s.returns().span().offset(), "");
            return error("return annotation", at(gt - 1));
        }
        return error("def", s.span());
    }

    private SyntaxError parameter(Param param) {
        int nameEnd = param.span().offset() + param.name().length();
        if (param.annotation() != null) {
            return error("annotations", skipForward(nameEnd, ""));
        }
        if (param.defaultValue() != null) {
            return error("default arguments", skipForward(nameEnd, ""));
        }
        return null;
    }

    private static SyntaxError error(String construct, Span at) {
        return new SyntaxError(SyntaxError.Kind.ParseError, "'" + construct + "' is not supported", at);
    }

    // ---- positions the tree does not keep

    private static int end(Span s) {
        return s.offset() + s.length();
    }

    /** The first token after {@code s}: skips blanks, line joins, comments and closing parentheses. */
    private Span after(Span s) {
        int i = end(s);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ')' || c == ' ' || c == '\t' || c == '\f' || c == '\\' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                break;
            }
        }
        return at(i);
    }

    /** The token before {@code s}: its last character, after blanks and opening parentheses. */
    private Span before(Span s) {
        int i = s.offset() - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i)) || i > 0 && text.charAt(i) == '\\') {
            i--;
        }
        return at(i);
    }

    /** From {@code offset}, past blanks and the characters of {@code skip}: where the next token starts. */
    private Span skipForward(int offset, String skip) {
        int i = offset;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\\' || skip.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return at(i);
    }

    /** Back from {@code offset}, past blanks and the characters of {@code skip}: the offset of the token before. */
    private int skipBackward(int offset, String skip) {
        int i = offset - 1;
        while (i > 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\\' || skip.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    private SyntaxError error(String construct, int offset) {
        return error(construct, at(offset));
    }

    /** The {@code else} after a loop body whose last statement is the last of {@code body}. */
    private Span elseOf(java.util.List<Stmt> body) {
        int i = end(body.get(body.size() - 1).span());
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (Character.isWhitespace(c) || c == ';' || c == '\\') {
                i++;
            } else {
                break;
            }
        }
        return at(i);
    }

    /** The one-character span at {@code offset}, with its line and column (code points, BOM excluded). */
    private Span at(int offset) {
        int line = 1;
        int lineStart = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int limit = Math.min(offset, text.length());
        for (int i = lineStart; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < limit; i++) {
            if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new Span(offset, 1, line, column);
    }
}
