package org.pyrust.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;

/** The Data and Objects layers' syntax: trees (as s-expressions) and CPython 3.11's compile-time errors. */
class DataParserTest {

    private static Stmt stmt(String source) {
        List<Stmt> body = Parser.parse(source).body();
        assertEquals(1, body.size(), body::toString);
        return body.get(0);
    }

    private static String show(String source) {
        return ParserTest.show(assertInstanceOf(Stmt.ExprStmt.class, stmt(source)).expr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1.5                          | 1.5
            .5                           | 0.5
            1e-3                         | 0.001
            1_000.0                      | 1000.0
            1.                           | 1.0
            ...                          | ...
            `a | b ^ c & d << e + f`     | `(| a (^ b (& c (<< d (+ e f)))))`
            `a | b | c`                  | `(| (| a b) c)`
            ~x ** 2                      | (~ (** x 2))
            -~x                          | (- (~ x))
            a in b not in c              | (cmp a in b not in c)
            not a in b                   | (not (cmp a in b))
            a if b else c if d else e    | (if a b (if c d e))
            ()                           | (tuple)
            (x,)                         | (tuple x)
            1, 2                         | (tuple 1 2)
            (1, 2)                       | (tuple 1 2)
            [*a, b]                      | (list (* a) b)
            []                           | (list)
            {*a, 1}                      | (set (* a) 1)
            {}                           | (dict)
            `{**a, 'k': 1}`              | `(dict (** a) ('k' 1))`
            a[i]                         | ([] a i)
            a[i:j:k]                     | ([] a (: i j k))
            a[:, 1]                      | ([] a (tuple (: _ _ _) 1))
            a[::2]                       | ([] a (: _ _ 2))
            a.b.c(1)                     | (call (. (. a b) c) 1)
            `f(a, *b, c=1, **d)`         | `(call f a (* b) (c= 1) (** d))`
            f(x for x in y)              | (call f (generator x (for x y)))
            `[x * y for x in a if x for y in b]` | `(list (* x y) (for x a x) (for y b))`
            `{k: v for k, v in d}`       | `(dict k v (for (tuple k v) d))`
            `{x for x in s if x if y}`   | `(set x (for x s x y))`
            (x for x in y)               | (generator x (for x y))
            `lambda a, b=1, *c, d, **e: a` | `(lambda [a b=1 *c d **e] a)`
            lambda: 0                    | (lambda [] 0)
            `lambda *, k: k`             | `(lambda [* k] k)`
            (y := f(x))                  | (:= y (call f x))
            `[y := 1, 2]`                | `(list (:= y 1) 2)`
            `f'a{x!r:>{w}}b{{c}}'`       | `(f 'a' ({} x !r (f '>' ({} w))) 'b{c}')`
            `f'{x=}'`                    | `(f 'x=' ({} x !r))`
            `f'{x = :5}'`                | `(f 'x = ' ({} x (f '5')))`
            `'a' f'{b}' 'c'`             | `(f 'a' ({} b) 'c')`
            `f'{a["k"]}'`                | `(f ({} ([] a 'k')))`
            `f'{a!s}{b!a}'`              | `(f ({} a !s) ({} b !a))`
            `f'{x:{y}.{z}}'`             | `(f ({} x (f ({} y) '.' ({} z))))`
            `f'{1, 2}'`                  | `(f ({} (tuple 1 2)))`
            `f'{a != b}'`                | `(f ({} (cmp a != b)))`
            """)
    void expressions(String source, String expected) {
        assertEquals(expected, show(source));
    }

    @Test
    void fStringExpressionsKeepTheirPositions() {
        Expr.FString f = assertInstanceOf(Expr.FString.class, assertInstanceOf(Stmt.Assign.class, stmt("s = f'ab{ x + 1}'")).value());
        Expr.FormattedValue v = assertInstanceOf(Expr.FormattedValue.class, f.parts().get(1));
        assertEquals(new Span(10, 5, 1, 11), v.value().span());
    }

    @Test
    void assignments() {
        Stmt.Assign a = assertInstanceOf(Stmt.Assign.class, stmt("a, *b = c"));
        assertEquals("(tuple a (* b))", ParserTest.show(a.targets().get(0)));
        Stmt.Assign chained = assertInstanceOf(Stmt.Assign.class, stmt("a = b = 0"));
        assertEquals(2, chained.targets().size());
        Stmt.Assign attr = assertInstanceOf(Stmt.Assign.class, stmt("x.y[0] = [1]"));
        assertEquals("([] (. x y) 0)", ParserTest.show(attr.targets().get(0)));
        Stmt.AnnAssign ann = assertInstanceOf(Stmt.AnnAssign.class, stmt("x: list[int] = []"));
        assertEquals("([] list int)", ParserTest.show(ann.annotation()));
        assertNull(assertInstanceOf(Stmt.AnnAssign.class, stmt("x: int")).value());
        Stmt.AugAssign aug = assertInstanceOf(Stmt.AugAssign.class, stmt("a[i] += 1"));
        assertEquals(BinaryOp.ADD, aug.op());
        assertEquals(BinaryOp.BIT_OR, assertInstanceOf(Stmt.AugAssign.class, stmt("a.b |= 1")).op());
        assertEquals(BinaryOp.RSHIFT, assertInstanceOf(Stmt.AugAssign.class, stmt("a >>= 1")).op());
        Stmt.FunctionDef g = assertInstanceOf(Stmt.FunctionDef.class, stmt("def g():\n    x = yield 1"));
        assertEquals("(yield 1)", ParserTest.show(assertInstanceOf(Stmt.Assign.class, g.body().get(0)).value()));
    }

    @Test
    void functionsAndClasses() {
        Stmt.FunctionDef f = assertInstanceOf(Stmt.FunctionDef.class,
                stmt("@dec\n@a.b(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> bool:\n    return a"));
        assertEquals("[a b:int=1 / c=2 *args:str d e=3 **kw]", ParserTest.show(f.parameters()));
        assertEquals(2, f.decorators().size());
        assertEquals("bool", ParserTest.show(f.returns()));
        assertEquals(1, f.span().line());
        Stmt.ClassDef c = assertInstanceOf(Stmt.ClassDef.class, stmt("@d\nclass C(A, B, metaclass=M):\n    x = 1"));
        assertEquals(2, c.bases().size());
        assertEquals("metaclass", c.keywords().get(0).name());
        assertEquals(new Span(0, 31, 1, 1).line(), c.span().line());
    }

    @Test
    void compoundStatements() {
        Stmt.For f = assertInstanceOf(Stmt.For.class, stmt("for i, (a, b) in enumerate(x):\n    pass\nelse:\n    pass"));
        assertEquals("(tuple i (tuple a b))", ParserTest.show(f.target()));
        assertEquals(1, f.orElse().size());
        assertEquals(1, assertInstanceOf(Stmt.While.class, stmt("while x:\n    pass\nelse:\n    pass")).orElse().size());
        Stmt.Try t = assertInstanceOf(Stmt.Try.class,
                stmt("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass"));
        assertEquals(3, t.handlers().size());
        assertEquals("e", t.handlers().get(0).name());
        assertNull(t.handlers().get(2).type());
        assertEquals(1, t.finalBody().size());
        Stmt.With w = assertInstanceOf(Stmt.With.class, stmt("with open(a) as f, b as (c, d), e:\n    pass"));
        assertEquals(3, w.items().size());
        assertEquals(2, assertInstanceOf(Stmt.With.class, stmt("with (a as b, c as d,):\n    pass")).items().size());
        // As in 3.11, parentheses directly followed by ':' hold items, not a tuple.
        assertEquals(2, assertInstanceOf(Stmt.With.class, stmt("with (a, b):\n    pass")).items().size());
        assertEquals("(tuple a b)", ParserTest.show(assertInstanceOf(Stmt.With.class, stmt("with (a, b) as c:\n    pass")).items().get(0).context()));
    }

    @Test
    void simpleStatements() {
        assertEquals(2, assertInstanceOf(Stmt.Delete.class, stmt("del a[0], b.c")).targets().size());
        Stmt.Assert a = assertInstanceOf(Stmt.Assert.class, stmt("assert x, 'msg'"));
        assertEquals("'msg'", ParserTest.show(a.message()));
        Stmt.Raise r = assertInstanceOf(Stmt.Raise.class, stmt("raise X from Y"));
        assertEquals("Y", ParserTest.show(r.cause()));
        assertNull(assertInstanceOf(Stmt.Raise.class, stmt("raise")).exception());
        Stmt.Import i = assertInstanceOf(Stmt.Import.class, stmt("import a.b as c, d"));
        assertEquals("a.b", i.names().get(0).name());
        assertEquals("c", i.names().get(0).asName());
        Stmt.ImportFrom f = assertInstanceOf(Stmt.ImportFrom.class, stmt("from ..pkg.sub import (x as y, z,)"));
        assertEquals(2, f.level());
        assertEquals("pkg.sub", f.module());
        assertEquals(2, f.names().size());
        Stmt.ImportFrom dot = assertInstanceOf(Stmt.ImportFrom.class, stmt("from . import x"));
        assertNull(dot.module());
        assertEquals("annotations", assertInstanceOf(Stmt.ImportFrom.class, stmt("from __future__ import annotations")).names().get(0).name());
        assertEquals("*", assertInstanceOf(Stmt.ImportFrom.class, stmt("from m import *")).names().get(0).name());
        Stmt.FunctionDef g = assertInstanceOf(Stmt.FunctionDef.class, stmt("def g():\n    yield from x\n    yield\n    nonlocal_ = 1"));
        assertEquals("(yield-from x)", ParserTest.show(assertInstanceOf(Stmt.ExprStmt.class, g.body().get(0)).expr()));
        assertEquals("(yield _)", ParserTest.show(assertInstanceOf(Stmt.ExprStmt.class, g.body().get(1)).expr()));
        Stmt.FunctionDef n = assertInstanceOf(Stmt.FunctionDef.class, stmt("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2"));
        assertEquals(List.of("x"), assertInstanceOf(Stmt.Nonlocal.class, ((Stmt.FunctionDef) n.body().get(1)).body().get(0)).names());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1 = x                                   | 1 | 1  | cannot assign to literal here. Maybe you meant '==' instead of '='?
            (a, 1) = x                              | 1 | 5  | cannot assign to literal
            f() = 1                                 | 1 | 1  | cannot assign to function call here. Maybe you meant '==' instead of '='?
            None = 1                                | 1 | 1  | cannot assign to None
            a = 1 = b                               | 1 | 5  | cannot assign to literal
            for 1 in x: pass                        | 1 | 5  | cannot assign to literal
            del f()                                 | 1 | 5  | cannot delete function call
            a, *b, *c = x                           | 1 | 1  | multiple starred expressions in assignment
            `f(a=1, a=2)`                           | 1 | 8  | keyword argument repeated: a
            `f(a=1, b)`                             | 1 | 8  | positional argument follows keyword argument
            `f(**a, b)`                             | 1 | 8  | positional argument follows keyword argument unpacking
            `f(**a, *b)`                            | 1 | 8  | iterable argument unpacking follows keyword argument unpacking
            `f(x for x in y, 1)`                    | 1 | 3  | Generator expression must be parenthesized
            `def f(a=1, b): pass`                   | 1 | 12 | non-default argument follows default argument
            `def f(a, *, b, a): pass`               | 1 | 16 | duplicate argument 'a' in function definition
            `def f(*): pass`                        | 1 | 7  | named arguments must follow bare *
            `def f(**k, a): pass`                   | 1 | 12 | arguments cannot follow var-keyword argument
            `lambda a, a: 0`                        | 1 | 11 | duplicate argument 'a' in function definition
            nonlocal x                              | 1 | 1  | nonlocal declaration not allowed at module level
            def f():\\n    nonlocal x               | 2 | 5  | no binding for nonlocal 'x' found
            def f(x):\\n    def g():\\n        nonlocal x\\n    nonlocal x | 4 | 5 | name 'x' is parameter and nonlocal
            def f():\\n    x = 1\\n    nonlocal x   | 3 | 5  | name 'x' is assigned to before nonlocal declaration
            x = yield                               | 1 | 5  | 'yield' outside function
            `[(yield) for x in y]`                  | 1 | 3  | 'yield' inside list comprehension
            class C:\\n    return 1                 | 2 | 5  | 'return' outside function
            def f():\\n    class C:\\n        break  | 3 | 9  | 'break' outside loop
            x += 1, 2 = 3                           | 1 | 11 | invalid syntax
            (a, b) += 1                             | 1 | 1  | 'tuple' is an illegal expression for augmented assignment
            a, b: int                               | 1 | 1  | only single target (not tuple) can be annotated
            `f'{'`                                  | 1 | 1  | f-string: expecting '}'
            `f'{a'`                                 | 1 | 1  | f-string: expecting '}'
            `f'}'`                                  | 1 | 1  | f-string: single '}' is not allowed
            `f'{}'`                                 | 1 | 1  | f-string: empty expression not allowed
            `f'{a!x}'`                              | 1 | 1  | f-string: invalid conversion character: expected 's', 'r', or 'a'
            `f'{a\\\\n}'`                           | 1 | 1  | f-string expression part cannot include a backslash
            `f'{a#}'`                               | 1 | 1  | f-string expression part cannot include '#'
            `f'{a b}'`                              | 1 | 6  | f-string: invalid syntax. Perhaps you forgot a comma?
            `f'{x:{y:{z}}}'`                        | 1 | 1  | f-string: expressions nested too deeply
            `x = (*a)`                              | 1 | 6  | cannot use starred expression here
            try:\\n    pass\\nx = 1                 | 3 | 1  | expected 'except' or 'finally' block
            try:\\n    pass\\nexcept:\\n    pass\\nexcept E:\\n    pass | 3 | 1 | default 'except:' must be last
            `except A, B: pass`                     | 1 | 1  | invalid syntax
            async def f(): pass                     | 1 | 1  | 'async' is not supported
            `[x async for x in y]`                  | 1 | 4  | 'async' is not supported
            await x                                 | 1 | 1  | 'await' is not supported
            from m import a,                        | 1 | 16 | trailing comma not allowed without surrounding parentheses
            `print "x"`                             | 1 | 1  | Missing parentheses in call to 'print'. Did you mean print(...)?
            x = 1\\nfrom __future__ import annotations | 2 | 1 | from __future__ imports must occur at the beginning of the file
            from __future__ import spam             | 1 | 1  | future feature spam is not defined
            from __future__ import braces           | 1 | 1  | not a chance
            `[x for x in (y := z)]`                 | 1 | 14 | assignment expression cannot be used in a comprehension iterable expression
            `[x := 1 for x in y]`                   | 1 | 2  | assignment expression cannot rebind comprehension iteration variable 'x'
            class C:\\n    a = [(b := 1) for x in y] | 2 | 11 | assignment expression within a comprehension cannot be used in a class body
            `f(True=1)`                             | 1 | 3  | cannot assign to True
            exec "x"                                | 1 | 1  | Missing parentheses in call to 'exec'. Did you mean exec(...)?
            """)
    void errors(String source, int line, int column, String message) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(source.translateEscapes()));
        assertEquals(line + ":" + column + ": " + message, e.span().line() + ":" + e.span().column() + ": " + e.getMessage());
    }

    @Test
    void futureImportsAfterADocstring() {
        Parser.parse("'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\nx: int = 1");
    }

    @Test
    void imaginaryAndBytesStayUnsupported() {
        assertEquals("'complex' is not supported", assertThrows(SyntaxError.class, () -> Parser.parse("1j")).getMessage());
        assertEquals("'bytes' is not supported", assertThrows(SyntaxError.class, () -> Parser.parse("b'' f'{x}'")).getMessage());
    }

    @Test
    void deepDataStructuresDoNotOverflow() {
        // Long chains of every new operator are loops, and the passes walk them without recursion.
        Parser.parse("x = a" + " | a".repeat(100_000));
        Parser.parse("x = a" + " in a".repeat(50_000));
        Parser.parse("def f():\n    global g\n    return [" + "1, ".repeat(50_000) + "]");
    }
}
