package org.pyrust.translator;

import org.pyrust.ast.AstVisitor;
import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Keyword;
import org.pyrust.ast.Module;
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

    /** The program being translated, once known: errors then name its first unsupported construct. */
    private Module module;
    private SyntaxError first;

    void setModule(Module module) {
        this.module = module;
        this.first = null;
    }

    /**
     * The error the translator throws on meeting {@code node}: the program's first construct that does not
     * run yet, in the order the parser used to find them (which is not the order of translation), or, if
     * that search finds nothing, {@code node}'s own.
     */
    SyntaxError notSupported(Node node) {
        if (module != null) {
            if (first == null) {
                first = new FirstUnsupported().find(module);
            }
            if (first != null) {
                return first;
            }
        }
        return describe(node);
    }

    /** Whether {@code e} itself (not its children) runs today. */
    private static boolean runs(Expr e) {
        return switch (e) {
            case Expr.IntLiteral x -> true;
            case Expr.StrLiteral x -> true;
            case Expr.BoolLiteral x -> true;
            case Expr.NoneLiteral x -> true;
            case Expr.Name x -> true;
            case Expr.Logical x -> true;
            case Expr.Unary x -> isRunnable(x.op());
            case Expr.Binary x -> isArithmetic(x.op());
            case Expr.Compare x -> x.ops().stream().noneMatch(op -> op == CompareOp.IN || op == CompareOp.NOT_IN);
            case Expr.Call x -> x.keywords().isEmpty() && x.args().stream().noneMatch(a -> a instanceof Expr.Starred);
            // Parts of constructs reported on their own.
            case Expr.Slice x -> true;
            case Expr.FormattedValue x -> true;
            default -> false;
        };
    }

    /**
     * Finds the unsupported construct the parser used to report: the one whose "key" comes first, where
     * the key is where the parser noticed it (a tuple at its first comma, a conditional at its 'if',
     * a chained assignment at its second '='), usually where it is reported.
     */
    private final class FirstUnsupported extends AstVisitor {
        private int bestKey = Integer.MAX_VALUE;
        private SyntaxError best;

        SyntaxError find(Module m) {
            visitModule(m);
            return best;
        }

        private void offer(int key, SyntaxError error) {
            if (key < bestKey) {
                bestKey = key;
                best = error;
            }
        }

        private void offer(SyntaxError error) {
            offer(error.span().offset(), error);
        }

        @Override
        public void visitStmt(Stmt statement) {
            switch (statement) {
                case Stmt.Assign s -> {
                    if (s.targets().size() > 1) {
                        offer(end(s.targets().get(1).span()), error("chained assignment", s.span()));
                    }
                }
                case Stmt.AugAssign s -> {
                    if (!isArithmetic(s.op())) {
                        offer(error(s.op().symbol + "=", after(s.target().span())));
                    }
                }
                case Stmt.AnnAssign s -> offer(end(s.target().span()), error("annotated assignment", s.span()));
                case Stmt.FunctionDef s -> {
                    SyntaxError e = function(s);
                    if (!e.getMessage().equals("'def' is not supported")) {
                        offer(e);
                    }
                }
                case Stmt.ClassDef s -> offer(describe(s));
                case Stmt.While s -> {
                    if (!s.orElse().isEmpty()) {
                        offer(describe(s));
                    }
                }
                case Stmt.For s -> {
                    if (!isRange(s.iterable())) {
                        offer(end(s.iterable().span()), new SyntaxError(SyntaxError.Kind.ParseError,
                                "'for over anything but range()' is not supported", s.iterable().span()));
                    } else if (!s.orElse().isEmpty()) {
                        offer(error("for...else", elseOf(s.body())));
                    }
                }
                case Stmt.Nonlocal s -> offer(describe(s));
                case Stmt.Delete s -> offer(describe(s));
                case Stmt.Assert s -> offer(describe(s));
                case Stmt.Raise s -> offer(describe(s));
                case Stmt.Try s -> offer(describe(s));
                case Stmt.Import s -> offer(describe(s));
                case Stmt.ImportFrom s -> offer(describe(s));
                case Stmt.With s -> offer(describe(s));
                default -> {
                }
            }
            super.visitStmt(statement);
        }

        @Override
        protected boolean enter(Expr e) {
            if (!runs(e)) {
                switch (e) {
                    case Expr.TupleExpr t -> offer(t.elements().isEmpty() ? t.span().offset() : end(t.elements().get(0).span()), describe(t));
                    case Expr.Conditional c -> offer(end(c.body().span()), describe(c));
                    case Expr.Comprehension c when c.kind() == org.pyrust.ast.ComprehensionKind.GENERATOR ->
                        offer(end(c.element().span()), describe(c));
                    default -> offer(describe(e));
                }
            }
            return true;
        }
    }

    /** The error naming what of {@code node} is not supported, at its place. */
    private SyntaxError describe(Node node) {
        return switch (node) {
            case Expr.FloatLiteral e -> error("float", e.span());
            case Expr.FString e -> error("f-string", firstFString(e.span()));
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
            case Stmt.Assign s -> s.targets().size() > 1 ? error("chained assignment", s.span()) : describe(s.targets().get(0));
            case Stmt.AugAssign s -> s.target() instanceof Expr.Name ? error(s.op().symbol + "=", after(s.target().span())) : describe(s.target());
            case Stmt.AnnAssign s -> error("annotated assignment", s.span());
            case Stmt.FunctionDef s -> function(s);
            case Stmt.ClassDef s -> s.decorators().isEmpty() ? error("class", s.span()) : error("decorator", s.span());
            case Stmt.While s -> error("while...else", elseOf(s.body()));
            case Stmt.For s -> {
                if (!(s.target() instanceof Expr.Name)) {
                    yield describe(s.target());
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

    /**
     * Where the first f-string of a run of adjacent literals starts (the run's span starts at its first
     * literal, which may be a plain string): skips plain literals, blanks and comments.
     */
    private Span firstFString(Span run) {
        int i = run.offset();
        int end = end(run);
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\\') {
                i++;
            } else if (c == '#') {
                while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                int start = i;
                boolean f = false;
                while (i < end && Character.isLetter(text.charAt(i))) {
                    f |= text.charAt(i) == 'f' || text.charAt(i) == 'F';
                    i++;
                }
                if (f || i >= end) {
                    return at(start);
                }
                char quote = text.charAt(i);
                boolean triple = i + 2 < end && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote;
                i += triple ? 3 : 1;
                while (i < end) {
                    char d = text.charAt(i);
                    if (d == '\\') {
                        i += 2;
                    } else if (d == quote && (!triple || (i + 2 < text.length() && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote))) {
                        i += triple ? 3 : 1;
                        break;
                    } else {
                        i++;
                    }
                }
            }
        }
        return at(run.offset());
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
