package org.pyrust.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.UnaryOp;

/** The parser: AST shapes and spans, precedence, and every parse error with its position. */
class ParserTest {

    private static Module parse(String source) {
        return Parser.parse(source);
    }

    private static Stmt stmt(String source) {
        List<Stmt> body = parse(source).body();
        assertEquals(1, body.size(), body::toString);
        return body.get(0);
    }

    private static Expr expr(String source) {
        return assertInstanceOf(Stmt.ExprStmt.class, stmt(source)).expr();
    }

    /** An expression as a Lisp-like string: precedence and associativity at a glance. */
    static String show(Expr e) {
        return switch (e) {
            case null -> "_";
            case Expr.IntLiteral i -> Long.toString(i.value());
            case Expr.FloatLiteral f -> Double.toString(f.value());
            case Expr.StrLiteral s -> "'" + s.value() + "'";
            case Expr.BoolLiteral b -> b.value() ? "True" : "False";
            case Expr.NoneLiteral n -> "None";
            case Expr.EllipsisLiteral n -> "...";
            case Expr.Name n -> n.id();
            case Expr.Unary u -> "(" + u.op().symbol + " " + show(u.operand()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol + " " + show(b.left()) + " " + show(b.right()) + ")";
            case Expr.Logical l -> "(" + (l.isAnd() ? "and" : "or") + " " + show(l.left()) + " " + show(l.right()) + ")";
            case Expr.Compare c -> {
                StringBuilder sb = new StringBuilder("(cmp ").append(show(c.operands().get(0)));
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(' ').append(c.ops().get(i).symbol).append(' ').append(show(c.operands().get(i + 1)));
                }
                yield sb.append(')').toString();
            }
            case Expr.Call c -> "(call " + show(c.callee()) + all(c.args())
                    + c.keywords().stream().map(k -> k.name() == null ? " (** " + show(k.value()) + ")" : " (" + k.name() + "= " + show(k.value()) + ")")
                            .collect(Collectors.joining()) + ")";
            case Expr.Conditional c -> "(if " + show(c.body()) + " " + show(c.test()) + " " + show(c.orElse()) + ")";
            case Expr.Starred s -> "(* " + show(s.value()) + ")";
            case Expr.Attribute a -> "(. " + show(a.value()) + " " + a.name() + ")";
            case Expr.Subscript s -> "([] " + show(s.value()) + " " + show(s.index()) + ")";
            case Expr.Slice s -> "(: " + show(s.lower()) + " " + show(s.upper()) + " " + show(s.step()) + ")";
            case Expr.TupleExpr t -> "(tuple" + all(t.elements()) + ")";
            case Expr.ListExpr l -> "(list" + all(l.elements()) + ")";
            case Expr.SetExpr l -> "(set" + all(l.elements()) + ")";
            case Expr.DictExpr d -> "(dict" + d.items().stream().map(i -> i.key() == null ? " (** " + show(i.value()) + ")" : " (" + show(i.key()) + " " + show(i.value()) + ")")
                    .collect(Collectors.joining()) + ")";
            case Expr.Comprehension c -> "(" + c.kind().name().toLowerCase() + " " + show(c.element()) + (c.value() == null ? "" : " " + show(c.value()))
                    + c.clauses().stream().map(k -> " (for " + show(k.target()) + " " + show(k.iterable()) + all(k.conditions()) + ")").collect(Collectors.joining()) + ")";
            case Expr.Lambda l -> "(lambda " + show(l.parameters()) + " " + show(l.body()) + ")";
            case Expr.FString f -> "(f" + all(f.parts()) + ")";
            case Expr.FormattedValue v -> "({} " + show(v.value()) + (v.conversion() == 0 ? "" : " !" + v.conversion())
                    + (v.formatSpec() == null ? "" : " " + show(v.formatSpec())) + ")";
            case Expr.Yield y -> "(yield " + show(y.value()) + ")";
            case Expr.YieldFrom y -> "(yield-from " + show(y.value()) + ")";
            case Expr.NamedExpr n -> "(:= " + n.target().id() + " " + show(n.value()) + ")";
        };
    }

    private static String all(List<Expr> es) {
        return es.stream().map(a -> " " + show(a)).collect(Collectors.joining());
    }

    /** Parameters as {@code [a b=1 / c * d **e]}. */
    static String show(Parameters p) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < p.positional().size(); i++) {
            out.add(show(p.positional().get(i)));
            if (i + 1 == p.positionalOnly()) {
                out.add("/");
            }
        }
        if (p.varArgs() != null) {
            out.add("*" + show(p.varArgs()));
        } else if (!p.keywordOnly().isEmpty()) {
            out.add("*");
        }
        p.keywordOnly().forEach(k -> out.add(show(k)));
        if (p.kwArgs() != null) {
            out.add("**" + show(p.kwArgs()));
        }
        return "[" + String.join(" ", out) + "]";
    }

    private static String show(Param p) {
        return p.name() + (p.annotation() == null ? "" : ":" + show(p.annotation())) + (p.defaultValue() == null ? "" : "=" + show(p.defaultValue()));
    }

    private static String show(String source) {
        return show(expr(source));
    }

    private static SyntaxError parseError(String source) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(source));
        assertEquals(SyntaxError.Kind.ParseError, e.kind(), e.firstLine());
        return e;
    }

    private static void assertParseError(String source, int line, int column, String message) {
        SyntaxError e = parseError(source);
        assertEquals(line + ":" + column + ": " + message, e.span().line() + ":" + e.span().column() + ": " + e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------
    // Statements

    @Test
    void emptyProgram() {
        assertEquals(List.of(), parse("").body());
        assertEquals(List.of(), parse("# nothing\n\n").body());
    }

    @Test
    void expressionStatement() {
        Stmt.ExprStmt s = assertInstanceOf(Stmt.ExprStmt.class, stmt("f(1)  # call"));
        assertEquals(new Span(0, 4, 1, 1), s.span());
        assertEquals("(call f 1)", show(s.expr()));
    }

    @Test
    void assignment() {
        Stmt.Assign s = assertInstanceOf(Stmt.Assign.class, stmt("x = 1 + 2"));
        assertEquals(new Span(0, 9, 1, 1), s.span());
        assertEquals(List.of(new Expr.Name(new Span(0, 1, 1, 1), "x")), s.targets());
        assertEquals("(+ 1 2)", show(s.value()));
        // A parenthesized name is a name (as in CPython).
        assertEquals(List.of("x"), assertInstanceOf(Stmt.Assign.class, stmt("(x) = 1")).targets().stream().map(ParserTest::show).toList());
    }

    @Test
    void augmentedAssignment() {
        String[] ops = {"+=", "-=", "*=", "/=", "//=", "%=", "**="};
        BinaryOp[] expected = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.FLOOR_DIV, BinaryOp.MOD, BinaryOp.POW};
        for (int i = 0; i < ops.length; i++) {
            Stmt.AugAssign s = assertInstanceOf(Stmt.AugAssign.class, stmt("  total " + ops[i] + " 2"));
            assertEquals(expected[i], s.op());
            assertEquals(new Span(2, 5, 1, 3), s.target().span()); // where runtime errors point
            assertEquals("2", show(s.value()));
        }
    }

    @Test
    void simpleStatementsOnOneLine() {
        List<Stmt> body = parse("x = 1; y = 2; pass;\nprint(x)").body();
        assertEquals(4, body.size());
        assertInstanceOf(Stmt.Pass.class, body.get(2));
        assertEquals(new Span(14, 4, 1, 15), body.get(2).span());
    }

    @Test
    void passBreakContinueGlobal() {
        Stmt.While w = assertInstanceOf(Stmt.While.class, stmt("while True:\n    break\n    continue\n    pass"));
        assertInstanceOf(Stmt.Break.class, w.body().get(0));
        assertInstanceOf(Stmt.Continue.class, w.body().get(1));
        assertEquals(new Span(26, 8, 3, 5), w.body().get(1).span());
        Stmt.Global g = assertInstanceOf(Stmt.Global.class, stmt("global a, b ,c"));
        assertEquals(List.of("a", "b", "c"), g.names());
        assertEquals(new Span(0, 14, 1, 1), g.span());
    }

    @Test
    void functionDefinition() {
        Stmt.FunctionDef f = assertInstanceOf(Stmt.FunctionDef.class, stmt("def add(a, b,):\n    return a + b\n"));
        assertEquals("add", f.name());
        assertEquals(new Span(4, 3, 1, 5), f.nameSpan());
        assertEquals(List.of("a", "b"), f.parameters().positional().stream().map(p -> p.name()).toList());
        assertEquals(new Span(11, 1, 1, 12), f.parameters().positional().get(1).span());
        // The span runs from 'def' to the end of the body's last token.
        assertEquals(new Span(0, 32, 1, 1), f.span());
        Stmt.Return r = assertInstanceOf(Stmt.Return.class, f.body().get(0));
        assertEquals("(+ a b)", show(r.value()));
        assertEquals(new Span(20, 12, 2, 5), r.span());
        // No parameters, bare return, body on the same line.
        Stmt.FunctionDef g = assertInstanceOf(Stmt.FunctionDef.class, stmt("def g(): return"));
        assertEquals(List.of(), g.parameters().positional());
        assertNull(assertInstanceOf(Stmt.Return.class, g.body().get(0)).value());
        assertEquals(2, assertInstanceOf(Stmt.FunctionDef.class, stmt("def h(): x = 1; return x")).body().size());
    }

    @Test
    void nestedFunctions() {
        Stmt.FunctionDef outer = assertInstanceOf(Stmt.FunctionDef.class,
                stmt("def outer(n):\n    def inner():\n        return n\n    return inner\n"));
        assertInstanceOf(Stmt.FunctionDef.class, outer.body().get(0));
        assertInstanceOf(Stmt.Return.class, outer.body().get(1));
    }

    @Test
    void ifElifElse() {
        Stmt.If s = assertInstanceOf(Stmt.If.class, stmt("if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n"));
        assertEquals("a", show(s.condition()));
        assertEquals(1, s.then().size());
        Stmt.If elif = assertInstanceOf(Stmt.If.class, s.orElse().get(0));
        assertEquals(new Span(16, 33, 3, 1), elif.span()); // from 'elif' to the end of the else body
        assertEquals("b", show(elif.condition()));
        assertEquals(1, elif.orElse().size());
        assertEquals(new Span(0, 49, 1, 1), s.span());
        assertEquals(List.of(), assertInstanceOf(Stmt.If.class, stmt("if a: pass")).orElse());
        assertEquals(2, assertInstanceOf(Stmt.If.class, stmt("if a: pass\nelse: x = 1; y = 2")).orElse().size());
    }

    @Test
    void whileLoop() {
        Stmt.While s = assertInstanceOf(Stmt.While.class, stmt("while i < 10:\n    i += 1"));
        assertEquals("(cmp i < 10)", show(s.condition()));
        assertInstanceOf(Stmt.AugAssign.class, s.body().get(0));
    }

    @Test
    void forRange() {
        Stmt.For s = assertInstanceOf(Stmt.For.class, stmt("for i in range(1, n, 2):\n    print(i)"));
        assertEquals(new Expr.Name(new Span(4, 1, 1, 5), "i"), s.target());
        Expr.Call range = assertInstanceOf(Expr.Call.class, s.iterable());
        assertEquals(new Span(9, 5, 1, 10), range.callee().span());
        assertEquals(List.of("1", "n", "2"), range.args().stream().map(ParserTest::show).toList());
        assertEquals(1, s.body().size());
        // Any argument count: the runtime checks it.
        assertEquals(0, ((Expr.Call) assertInstanceOf(Stmt.For.class, stmt("for i in range(): pass")).iterable()).args().size());
        assertEquals(4, ((Expr.Call) assertInstanceOf(Stmt.For.class, stmt("for i in range(1, 2, 3, 4,): pass")).iterable()).args().size());
    }

    @Test
    void baseIndentationAndLineEnds() {
        List<Stmt> body = parse("    x = 1\r\n    if x:\r\n        y = 2\r\n    y").body();
        assertEquals(3, body.size());
        assertEquals(5, body.get(2).span().column());
        assertEquals(4, body.get(2).span().line());
        assertEquals(3, parse("x = 1\ry = 2\r\rz = 3").body().size());
    }

    @Test
    void deeplyNestedBlocksAreFine() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(99)).append("pass\n");
        assertInstanceOf(Stmt.If.class, stmt(sb.toString()));
    }

    // ---------------------------------------------------------------------------------------------
    // Expressions

    @Test
    void atoms() {
        assertEquals(new Expr.IntLiteral(new Span(0, 5, 1, 1), 1000L), expr("1_000"));
        assertEquals(new Expr.BoolLiteral(new Span(0, 4, 1, 1), true), expr("True"));
        assertEquals(new Expr.BoolLiteral(new Span(0, 5, 1, 1), false), expr("False"));
        assertEquals(new Expr.NoneLiteral(new Span(0, 4, 1, 1)), expr("None"));
        assertEquals(new Expr.Name(new Span(0, 3, 1, 1), "abc"), expr("abc"));
        assertEquals(new Expr.StrLiteral(new Span(0, 5, 1, 1), "a\n"), expr("'a\\n'"));
    }

    @Test
    void adjacentStringsConcatenate() {
        Expr.StrLiteral s = assertInstanceOf(Expr.StrLiteral.class, expr("'a' \"b\" r'\\c' '''d'''"));
        assertEquals("ab\\cd", s.value());
        assertEquals(new Span(0, 21, 1, 1), s.span());
        Expr.StrLiteral multi = assertInstanceOf(Expr.StrLiteral.class, expr("('a'\n 'b')"));
        assertEquals("ab", multi.value());
        assertEquals(new Span(1, 8, 1, 2), multi.span());
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 + 2 * 3               | (+ 1 (* 2 3))
            1 * 2 + 3               | (+ (* 1 2) 3)
            1 - 2 - 3               | (- (- 1 2) 3)
            8 // 2 % 3 * 4 / 5      | (/ (* (% (// 8 2) 3) 4) 5)
            (1 + 2) * 3             | (* (+ 1 2) 3)
            -2 ** 2                 | (- (** 2 2))
            2 ** -1                 | (** 2 (- 1))
            2 ** 3 ** 2             | (** 2 (** 3 2))
            -x ** -y ** z           | (- (** x (- (** y z))))
            - - 1                   | (- (- 1))
            +-+1                    | (+ (- (+ 1)))
            -f(1) ** 2              | (- (** (call f 1) 2))
            a or b and c            | (or a (and b c))
            a and b or c and d      | (or (and a b) (and c d))
            a or b or c             | (or (or a b) c)
            not a == b              | (not (cmp a == b))
            not not a               | (not (not a))
            not a and b             | (and (not a) b)
            a and not b or c        | (or (and a (not b)) c)
            a < b <= c              | (cmp a < b <= c)
            a == b != c > d >= e    | (cmp a == b != c > d >= e)
            a is b                  | (cmp a is b)
            a is not b              | (cmp a is not b)
            a < b == c < d          | (cmp a < b == c < d)
            1 + 2 < 3 * 4           | (cmp (+ 1 2) < (* 3 4))
            -a < -b and c           | (and (cmp (- a) < (- b)) c)
            f()                     | (call f)
            f(1)(2, 3)              | (call (call f 1) 2 3)
            f(g(x), -y, 'z',)       | (call f (call g x) (- y) 'z')
            (f)(x)                  | (call f x)
            f(a < b, not c)         | (call f (cmp a < b) (not c))
            ((((1))))               | 1
            """)
    void precedence(String source, String expected) {
        assertEquals(expected, show(source));
    }

    @Test
    void operatorKinds() {
        Expr.Compare c = assertInstanceOf(Expr.Compare.class, expr("a < b <= c > d >= e == f != g is h is not i"));
        assertEquals(List.of(CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE,
                CompareOp.IS, CompareOp.IS_NOT), c.ops());
        assertEquals(9, c.operands().size());
        assertEquals(UnaryOp.POS, assertInstanceOf(Expr.Unary.class, expr("+a")).op());
        assertEquals(UnaryOp.NOT, assertInstanceOf(Expr.Unary.class, expr("not a")).op());
    }

    @Test
    void expressionSpans() {
        // A binary operation starts at its left operand's first character, parentheses included.
        Expr.Binary mul = assertInstanceOf(Expr.Binary.class, expr("(1 + 2) * 3"));
        assertEquals(new Span(0, 11, 1, 1), mul.span());
        assertEquals(new Span(1, 5, 1, 2), mul.left().span()); // the inner node excludes the parentheses
        Expr.Binary add = assertInstanceOf(Expr.Binary.class, expr("a + b - c"));
        assertEquals(new Span(0, 9, 1, 1), add.span());
        assertEquals(new Span(0, 5, 1, 1), add.left().span());
        // A call starts at its callee and ends at ')'.
        Expr.Call call = assertInstanceOf(Expr.Call.class, expr("print(1, 2)"));
        assertEquals(new Span(0, 11, 1, 1), call.span());
        assertEquals(new Span(0, 5, 1, 1), call.callee().span());
        Expr.Call chained = assertInstanceOf(Expr.Call.class, expr("f(1)(2)"));
        assertEquals(new Span(0, 7, 1, 1), chained.span());
        assertEquals(new Span(0, 4, 1, 1), chained.callee().span());
        // A unary operation starts at its operator.
        Expr.Unary neg = assertInstanceOf(Expr.Unary.class, expr("- x ** 2"));
        assertEquals(new Span(0, 8, 1, 1), neg.span());
        assertEquals(new Span(2, 6, 1, 3), neg.operand().span());
        Expr.Logical or = assertInstanceOf(Expr.Logical.class, expr("a or (b)"));
        assertEquals(new Span(0, 8, 1, 1), or.span());
        Expr.Compare cmp = assertInstanceOf(Expr.Compare.class, expr("x is not None"));
        assertEquals(new Span(0, 13, 1, 1), cmp.span());
        // A span may cross lines inside brackets.
        Expr.Call multi = assertInstanceOf(Expr.Call.class, expr("f(1,\n  2)"));
        assertEquals(new Span(0, 9, 1, 1), multi.span());
        assertEquals(new Span(7, 1, 2, 3), multi.args().get(1).span());
    }

    @Test
    void unicodeColumnsInSpans() {
        Stmt.Assign s = assertInstanceOf(Stmt.Assign.class, stmt("s = '😀日' + nom"));
        Expr.Binary b = assertInstanceOf(Expr.Binary.class, s.value());
        assertEquals(new Span(4, 5, 1, 5), b.left().span());
        assertEquals(new Span(12, 3, 1, 12), b.right().span());
        assertEquals("fi", assertInstanceOf(Expr.Name.class, expr("ﬁ")).id()); // NFKC
    }

    // ---------------------------------------------------------------------------------------------
    // Parse errors: every conformance case, then more, with CPython's wording where it has one

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            break                                   | 1 | 1  | 'break' outside loop
            x = 1\\ncontinue                        | 2 | 1  | 'continue' not properly in loop
            def f(x):\\n    global x\\n    return x | 2 | 5  | name 'x' is parameter and global
            print(1 +)                              | 1 | 10 | Expected expression
            x = 1\\ny = * 2                         | 2 | 5  | Expected expression
            def f(a):\\n    return a * \\nf(1)      | 2 | 16 | Expected expression
            print(1)\\nx = 1 +                      | 2 | 8  | Expected expression
            if True\\n    print(1)                  | 1 | 8  | expected ':'
            x = = 1                                 | 1 | 5  | Expected expression
            if = 3                                  | 1 | 4  | Expected expression
            x = 1 2                                 | 1 | 7  | invalid syntax
            print("a") print("b")                   | 1 | 12 | invalid syntax
            x = 1j                                  | 1 | 5  | 'complex' is not supported
            x = 1\\n    y = 2                       | 2 | 5  | unexpected indent
            def f():\\n        x = 1\\n    return x | 3 | 5  | unindent does not match any outer indentation level
            if 1:\\nprint(1)                        | 2 | 1  | expected an indented block after 'if' statement on line 1
            `  x = 1\\ny = 2`                       | 2 | 1  | unindent does not match any outer indentation level
            x = 1;; y = 2                           | 1 | 7  | Expected expression
            x = +                                   | 1 | 6  | Expected expression
            x =                                     | 1 | 4  | Expected expression
            1 +                                     | 1 | 4  | Expected expression
            + - * / % = ( )                         | 1 | 5  | Expected expression
            //                                      | 1 | 1  | Expected expression
            x\\r=\\r42                              | 2 | 1  | Expected expression
            :                                       | 1 | 1  | Expected expression
            `,`                                     | 1 | 1  | Expected expression
            def foo(x, y):                          | 1 | 15 | expected an indented block after function definition on line 1
            def foo():\\n\\n\\n                     | 1 | 11 | expected an indented block after function definition on line 1
            def foo()\\n    return 42               | 1 | 10 | expected ':'
            def foo():\\n    x = 1\\n        y = 2\\n    return x | 3 | 9 | unexpected indent
            def empty():\\n\\n\\ndef nonempty():\\n    return 1 | 4 | 1 | expected an indented block after function definition on line 1
            def f(a, a):\\n    return a\\nf(1, 2)   | 1 | 10 | duplicate argument 'a' in function definition
            def f():\\n                             | 1 | 9  | expected an indented block after function definition on line 1
            def f():\\n\\nf()                       | 3 | 1  | expected an indented block after function definition on line 1
            return 5                                | 1 | 1  | 'return' outside function
            def f():\\nreturn 1                     | 2 | 1  | expected an indented block after function definition on line 1
            1 2 3                                   | 1 | 3  | invalid syntax
            x = 1 y = 2 print(x + y)                | 1 | 7  | invalid syntax
            print(1)print(2)                        | 1 | 9  | invalid syntax
            1 = x                                   | 1 | 1  | cannot assign to literal here. Maybe you meant '==' instead of '='?
            )                                       | 1 | 1  | Expected expression
            10/ /3                                  | 1 | 5  | Expected expression
            def f()\\n    return 1                  | 1 | 8  | expected ':'
            def f(:\\n    return 1                  | 1 | 7  | invalid syntax
            def f(1):\\n    return 1                | 1 | 7  | invalid syntax
            def f():                                | 1 | 9  | expected an indented block after function definition on line 1
            x = 1\\ny = 2\\nz = (x +* y)            | 3 | 9  | Expected expression
            def f(x):\\n    return x\\nf(1) f(2)    | 3 | 6  | invalid syntax
            """)
    void conformanceParseErrors(String source, int line, int column, String message) {
        assertParseError(source.translateEscapes(), line, column, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1 + # note                          | 1 | 9  | Expected expression
            x = not                                 | 1 | 8  | Expected expression
            x = 1 <                                 | 1 | 8  | Expected expression
            x = a is not                            | 1 | 13 | Expected expression
            x = 1 ** ** 2                           | 1 | 10 | Expected expression
            return return                           | 1 | 8  | Expected expression
            f(,)                                    | 1 | 3  | Expected expression
            f(1,,2)                                 | 1 | 5  | Expected expression
            x = a == not b                          | 1 | 10 | Expected expression
            x = class                               | 1 | 5  | Expected expression
            x = 1)                                  | 1 | 6  | unmatched ')'
            print(1))                               | 1 | 9  | unmatched ')'
            if x): pass                             | 1 | 5  | unmatched ')'
            f(1]                                    | 1 | 4  | closing parenthesis ']' does not match opening parenthesis '('
            x = (]                                  | 1 | 6  | closing parenthesis ']' does not match opening parenthesis '('
            x = (1\\n]                              | 2 | 1  | closing parenthesis ']' does not match opening parenthesis '(' on line 1
            x = (1 +                                | 1 | 5  | '(' was never closed
            print(                                  | 1 | 6  | '(' was never closed
            print(1\\nx = 2                         | 1 | 6  | '(' was never closed
            f(1 2                                   | 1 | 2  | '(' was never closed
            x = (\\n  1 2                           | 1 | 5  | '(' was never closed
            def f(:\\n    return 1                  | 1 | 7  | invalid syntax
            y = 1 2\\nx = (                         | 1 | 7  | invalid syntax
            f(1 2)                                  | 1 | 5  | invalid syntax. Perhaps you forgot a comma?
            x = (1 2)                               | 1 | 8  | invalid syntax. Perhaps you forgot a comma?
            def f(a b): pass                        | 1 | 9  | invalid syntax. Perhaps you forgot a comma?
            def f(,): pass                          | 1 | 7  | invalid syntax
            def 1(): pass                           | 1 | 5  | invalid syntax
            def f: pass                             | 1 | 6  | expected '('
            if x = 1: pass                          | 1 | 6  | invalid syntax. Maybe you meant '==' instead of '='?
            while x\\n    pass                      | 1 | 8  | expected ':'
            for i in range(3)\\n    pass            | 1 | 18 | expected ':'
            for i range(3): pass                    | 1 | 7  | expected 'in'
            if x: pass\\nelse: pass\\nelse: pass    | 3 | 1  | invalid syntax
            else: pass                              | 1 | 1  | invalid syntax
            elif x: pass                            | 1 | 1  | invalid syntax
            if x: if y: pass                        | 1 | 7  | invalid syntax
            x = 1; def f(): pass                    | 1 | 8  | invalid syntax
            if x: pass else: pass                   | 1 | 12 | invalid syntax
            pass pass                               | 1 | 6  | invalid syntax
            break 1                                 | 1 | 7  | invalid syntax
            x = a not b                             | 1 | 7  | invalid syntax
            global                                  | 1 | 7  | invalid syntax
            global x,                               | 1 | 10 | invalid syntax
            global 1                                | 1 | 8  | invalid syntax
            if x:\\n    pass\\n  else: pass         | 3 | 3  | unindent does not match any outer indentation level
            if x:\\n\\tif y:\\n        pass         | 3 | 9  | inconsistent use of tabs and spaces in indentation
            x = 1\\n\\tif x:\\n\\t\\tpass           | 2 | 2  | unexpected indent
            if x:\\nwhile y: pass                   | 2 | 1  | expected an indented block after 'if' statement on line 1
            while x:\\npass                         | 2 | 1  | expected an indented block after 'while' statement on line 1
            for i in range(1):\\npass               | 2 | 1  | expected an indented block after 'for' statement on line 1
            if x: pass\\nelif y:\\npass             | 3 | 1  | expected an indented block after 'elif' statement on line 2
            if x: pass\\nelse:\\npass               | 3 | 1  | expected an indented block after 'else' statement on line 2
            if x:                                   | 1 | 6  | expected an indented block after 'if' statement on line 1
            if x:\\n    def f():\\ny = 1            | 3 | 1  | expected an indented block after function definition on line 2
            None = 1                                | 1 | 1  | cannot assign to None
            True = 1                                | 1 | 1  | cannot assign to True
            "a" = 1                                 | 1 | 1  | cannot assign to literal here. Maybe you meant '==' instead of '='?
            f() = 1                                 | 1 | 1  | cannot assign to function call here. Maybe you meant '==' instead of '='?
            a + b = 1                               | 1 | 1  | cannot assign to expression here. Maybe you meant '==' instead of '='?
            -a = 1                                  | 1 | 1  | cannot assign to expression here. Maybe you meant '==' instead of '='?
            (1) = 1                                 | 1 | 2  | cannot assign to literal here. Maybe you meant '==' instead of '='?
            a < b = 1                               | 1 | 1  | cannot assign to comparison
            a and b = 1                             | 1 | 1  | cannot assign to expression
            not a = 1                               | 1 | 1  | cannot assign to expression
            1 += 1                                  | 1 | 1  | 'literal' is an illegal expression for augmented assignment
            f() += 1                                | 1 | 1  | 'function call' is an illegal expression for augmented assignment
            a + b -= 1                              | 1 | 1  | 'expression' is an illegal expression for augmented assignment
            for 1 in range(3): pass                 | 1 | 5  | cannot assign to literal
            f(1=2)                                  | 1 | 3  | expression cannot contain assignment, perhaps you meant "=="?
            """)
    void moreParseErrors(String source, int line, int column, String message) {
        assertParseError(source.translateEscapes(), line, column, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 2j                                  | 1 | 5  | complex
            x = b'a'                                | 1 | 5  | bytes
            x = 'a' b'b'                            | 1 | 9  | bytes
            match x:\\n    case 1: pass             | 1 | 1  | match
            """)
    void notSupported(String source, int line, int column, String construct) {
        String message = construct.startsWith("'") ? construct + " is not supported" : "'" + construct + "' is not supported";
        assertParseError(source.translateEscapes(), line, column, message);
    }

    @Test
    void errorFirstLine() {
        assertEquals("ParseError at 1:5: 'complex' is not supported", parseError("x = 1j").firstLine());
    }

    @Test
    void lexicalErrorsWinOverParseErrors() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("x = = 1\ny = $"));
        assertEquals("LexError at 2:5: Unexpected character '$'", e.firstLine());
    }

    @Test
    void scopeAndLoopErrorsComeAfterParseErrors() {
        // As in CPython: parse errors first, then symbol-table errors, then compiler errors; within each,
        // the first in the source.
        assertParseError("return 1\nx = (", 2, 5, "'(' was never closed");
        assertParseError("return 1\ndef f(a, a): pass", 2, 10, "duplicate argument 'a' in function definition");
        assertParseError("break\nx = 1\nglobal x", 3, 1, "name 'x' is assigned to before global declaration");
        assertParseError("def f():\n    return 1\nreturn 2\nbreak", 3, 1, "'return' outside function");
        assertParseError("print(x)\nglobal x", 2, 1, "name 'x' is used prior to global declaration");
        assertParseError("def f():\n    def x(): pass\n    global x", 3, 5, "name 'x' is assigned to before global declaration");
        assertParseError("def f():\n    for x in range(3): pass\n    global x", 3, 5,
                "name 'x' is assigned to before global declaration");
        assertParseError("def f():\n    x += 1\n    global x", 3, 5, "name 'x' is assigned to before global declaration");
    }

    @Test
    void validScopeAndLoopUses() {
        parse("def f():\n    global x\n    global x\n    x = 1");
        parse("global x\nx = 1");
        parse("def f():\n    global f\n    f = 1");
        parse("def f():\n    def g():\n        x = 1\n    global x");
        parse("while x:\n    if y:\n        break\n    else:\n        continue");
        parse("for i in range(3):\n    def f():\n        return i\n    break");
    }

    @Test
    void loopControlOutsideLoops() {
        assertParseError("while x:\n    def f():\n        break", 3, 9, "'break' outside loop");
        assertParseError("if x:\n    continue", 2, 5, "'continue' not properly in loop");
        assertParseError("def f():\n    while x: pass\n    break", 3, 5, "'break' outside loop");
    }

    @Test
    void tooManyNestedLoops() {
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            ok.append(" ".repeat(i)).append("while x:\n");
        }
        parse(ok + " ".repeat(20) + "pass\n");
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            bad.append(" ".repeat(i)).append("while x:\n");
        }
        assertParseError(bad + " ".repeat(21) + "pass\n", 21, 21, "too many statically nested blocks");
    }

    // ---------------------------------------------------------------------------------------------
    // Robustness

    @Test
    void deepNestingIsAParseErrorNotACrash() {
        // On a thread with a small stack, to be sure.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                assertParseError("(".repeat(1000) + "1" + ")".repeat(1000), 1, 201, "too many nested parentheses");
                assertParseError("f(".repeat(1000) + ")".repeat(1000), 1, 402, "too many nested parentheses");
                assertParseError("-".repeat(1000) + "1", 1, 501, "expression too deeply nested");
                assertParseError("not ".repeat(1000) + "x", 1, 2001, "expression too deeply nested");
                assertParseError("2 ** ".repeat(1000) + "2", 1, 2503, "expression too deeply nested");
                // Just within the limits.
                assertEquals("1", show(expr("(".repeat(200) + "1" + ")".repeat(200))));
                expr("-(".repeat(200) + "1" + ")".repeat(200));
                expr("-".repeat(500) + "1");
                expr("x" + " + x".repeat(100_000)); // long operator chains are loops, not recursion
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void neverThrowsAnythingButSyntaxError() {
        String[] fragments = {"x", "1", "'s'", " ", "\n", "    ", "\t", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".",
            "+", "-", "*", "/", "//", "%", "**", "=", "==", "!=", "<", "is", "not", "in", "and", "or", "if", "elif",
            "else", "while", "for", "range", "def", "return", "break", "continue", "pass", "global", "lambda", "class",
            "1.5", "2j", "b''", "f''", ":=", "->", "&", "~", "+=", "**=", "None", "True", "#", "\\\n"};
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(25); j > 0; j--) {
                sb.append(fragments[random.nextInt(fragments.length)]);
            }
            String source = sb.toString();
            try {
                Parser.parse(source);
            } catch (SyntaxError e) {
                assertTrue(e.span().offset() >= 0 && e.span().offset() <= source.length(), e.firstLine());
                assertTrue(e.span().line() >= 1 && e.span().column() >= 1, e.firstLine());
            }
        }
    }

    @Test
    void largeProgramParsesQuickly() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("x").append(i % 100).append(" = f(x, ").append(i).append(") * (y - 1)\n");
        }
        String program = sb.toString();
        for (int i = 0; i < 5; i++) {
            Parser.parse(program); // warm up
        }
        long start = System.nanoTime();
        Module m = Parser.parse(program);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(20_000, m.body().size());
        assertTrue(millis < 1000, "parsing 20,000 statements took " + millis + " ms");
    }

    @Test
    void handMadeTokenListsWithoutEof() {
        // The parser does not rely on the lexer's final NEWLINE and EOF.
        Token one = new Token(TokenKind.INT, "1", new Span(0, 1, 1, 1), 1L);
        assertEquals(1, new Parser(List.of(one)).parseModule().body().size());
        assertEquals(0, new Parser(List.of()).parseModule().body().size());
    }
}
