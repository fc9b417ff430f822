package org.pyrust.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pyrust.PyRustRunner;

/**
 * Constructs the parser accepts and the runtime does not run yet: the translator rejects each with the
 * message and position the parser gave when it rejected them itself, before anything runs; with several
 * in a program, the one the parser found first.
 */
class UnsupportedConstructsTest {

    private static String errorLine(String program) {
        return PyRustRunner.run(program).errorLine();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            print(1)\\nx = [1]                      | 2 | 5  | 'list' is not supported
            import math                             | 1 | 1  | 'import' is not supported
            f = lambda x: x                         | 1 | 5  | 'lambda' is not supported
            try:\\n    x = 1\\nexcept:\\n    x = 2  | 1 | 1  | 'try' is not supported
            x = [1, 2, 3]                           | 1 | 5  | 'list' is not supported
            x = 3.14                                | 1 | 5  | 'float' is not supported
            y = 1\\ny = y + 1e3                     | 2 | 9  | 'float' is not supported
            d = {}                                  | 1 | 5  | 'dict' is not supported
            d = {1: 2}                              | 1 | 5  | 'dict' is not supported
            t = (1, 2)                              | 1 | 5  | 'tuple' is not supported
            print(1, end="")                        | 1 | 10 | 'keyword arguments' is not supported
            def f(a):\\n    return a\\nf(a=1)       | 3 | 3  | 'keyword arguments' is not supported
            x = 1\\nif x:\\n    import os           | 3 | 5  | 'import' is not supported
            def f():\\n    class B:\\n        pass\\n    return 1\\nf()| 2 | 5  | 'class' is not supported
            class A: pass                           | 1 | 1  | 'class' is not supported
            import os                               | 1 | 1  | 'import' is not supported
            from os import path                     | 1 | 1  | 'from' is not supported
            try:\\n    pass\\nfinally:\\n    pass   | 1 | 1  | 'try' is not supported
            with x: pass                            | 1 | 1  | 'with' is not supported
            async def f(): pass                     | 1 | 1  | 'async' is not supported
            del x                                   | 1 | 1  | 'del' is not supported
            assert x                                | 1 | 1  | 'assert' is not supported
            raise x                                 | 1 | 1  | 'raise' is not supported
            def f():\\n    x = 1\\n    def g():\\n        nonlocal x | 4 | 9 | 'nonlocal' is not supported
            f = lambda: 1                           | 1 | 5  | 'lambda' is not supported
            def g():\\n    x = yield                 | 2 | 9  | 'yield' is not supported
            x = a.b.c(d=1)\\nx = [1, 2]              | 1 | 6  | 'attribute' is not supported
            x = [1][0]                              | 1 | 5  | 'list' is not supported
            x = a.b = 1                             | 1 | 6  | 'attribute' is not supported
            x = 'a' f'{b}'                          | 1 | 9  | 'f-string' is not supported
            x = ~a\\nf(**a)                          | 1 | 5  | '~' is not supported
            for i in f([1]): pass                   | 1 | 12 | 'list' is not supported
            x = a.b, c                              | 1 | 6  | 'attribute' is not supported
            x = 1, [2]                              | 1 | 5  | 'tuple' is not supported
            print(a if b else [c])                  | 1 | 7  | 'conditional expression' is not supported
            print([a] if b else c)                  | 1 | 7  | 'list' is not supported
            x = 1 + 2 & 3\\nx: int = 1\\nx = a << 1   | 1 | 11 | '&' is not supported
            def f(a: int):\\n    return a\\nx = [1, 2] | 1 | 8 | 'annotations' is not supported
            for i in range(3):\\n    x = [i]\\nimport m | 2 | 9 | 'list' is not supported
            x = a in b\\nx = ~a\\ndef f() -> int:\\n    return 1 | 1 | 7 | 'in' is not supported
            print([x for x in range(3)])            | 1 | 7  | 'list' is not supported
            print({x for x in y})                   | 1 | 7  | 'set' is not supported
            print({x: 1 for x in y})                | 1 | 7  | 'dict' is not supported
            print(f(x) for x in y)                  | 1 | 7  | 'generator expression' is not supported
            for i in range(len([1])): pass          | 1 | 20 | 'list' is not supported
            x = (1).real                            | 1 | 8  | 'attribute' is not supported
            x = (a)[0]                              | 1 | 8  | 'subscript' is not supported
            x = (1) & 2                             | 1 | 9  | '&' is not supported
            def f(a, *, b): pass                    | 1 | 10 | 'keyword-only parameters' is not supported
            `x = a | b`                             | 1 | 7  | `'|' is not supported`
            `x |= 1`                                | 1 | 3  | `'|=' is not supported`
            x = await y                             | 1 | 5  | 'await' is not supported
            x = [1]                                 | 1 | 5  | 'list' is not supported
            x = []                                  | 1 | 5  | 'list' is not supported
            x = {1}                                 | 1 | 5  | 'set' is not supported
            x = {1, (2)}                            | 1 | 5  | 'set' is not supported
            x = {}                                  | 1 | 5  | 'dict' is not supported
            x = {**a}                               | 1 | 5  | 'dict' is not supported
            x = 1.5                                 | 1 | 5  | 'float' is not supported
            x = .5                                  | 1 | 5  | 'float' is not supported
            x = f'{a}'                              | 1 | 5  | 'f-string' is not supported
            x = ()                                  | 1 | 5  | 'tuple' is not supported
            x = (1,)                                | 1 | 5  | 'tuple' is not supported
            x = 1, 2                                | 1 | 5  | 'tuple' is not supported
            x, y = 1, 2                             | 1 | 1  | 'tuple' is not supported
            1, 2                                    | 1 | 1  | 'tuple' is not supported
            def f():\\n    return 1, 2              | 2 | 12 | 'tuple' is not supported
            for a, b in range(3): pass              | 1 | 5  | 'tuple' is not supported
            x = a.b                                 | 1 | 6  | 'attribute' is not supported
            a.b = 1                                 | 1 | 2  | 'attribute' is not supported
            x = a[0]                                | 1 | 6  | 'subscript' is not supported
            x = f(1)[0]                             | 1 | 9  | 'subscript' is not supported
            x = ...                                 | 1 | 5  | 'Ellipsis' is not supported
            x = a if b else c                       | 1 | 5  | 'conditional expression' is not supported
            print(a if b else c)                    | 1 | 7  | 'conditional expression' is not supported
            x = 1 in y                              | 1 | 7  | 'in' is not supported
            x = 1 not in y                          | 1 | 7  | 'not in' is not supported
            x = a & b                               | 1 | 7  | '&' is not supported
            x = a ^ b                               | 1 | 7  | '^' is not supported
            x = a << 1                              | 1 | 7  | '<<' is not supported
            x = a >> 1                              | 1 | 7  | '>>' is not supported
            x = 1 + 2 & 3                           | 1 | 11 | '&' is not supported
            x = ~a                                  | 1 | 5  | '~' is not supported
            x &= 1                                  | 1 | 3  | '&=' is not supported
            x ^= 1                                  | 1 | 3  | '^=' is not supported
            x <<= 1                                 | 1 | 3  | '<<=' is not supported
            x >>= 1                                 | 1 | 3  | '>>=' is not supported
            (x := 1)                                | 1 | 4  | 'walrus' is not supported
            a = b = 1                               | 1 | 1  | 'chained assignment' is not supported
            x: int = 1                              | 1 | 1  | 'annotated assignment' is not supported
            f(*a)                                   | 1 | 3  | '*args' is not supported
            f(**a)                                  | 1 | 3  | '**kwargs' is not supported
            f(x for x in y)                         | 1 | 3  | 'generator expression' is not supported
            (x for x in y)                          | 1 | 1  | 'generator expression' is not supported
            def f(*a): pass                         | 1 | 7  | '*args' is not supported
            def f(**a): pass                        | 1 | 7  | '**kwargs' is not supported
            def f(a, *, b): pass                    | 1 | 10 | 'keyword-only parameters' is not supported
            def f(a, /): pass                       | 1 | 10 | 'positional-only parameters' is not supported
            def f(a=1): pass                        | 1 | 8  | 'default arguments' is not supported
            def f(a: int): pass                     | 1 | 8  | 'annotations' is not supported
            def f() -> int: pass                    | 1 | 9  | 'return annotation' is not supported
            for x in y: pass                        | 1 | 10 | 'for over anything but range()' is not supported
            for x in f(3): pass                     | 1 | 10 | 'for over anything but range()' is not supported
            for x in range: pass                    | 1 | 10 | 'for over anything but range()' is not supported
            for x in range(3): pass\\nelse: pass    | 2 | 1  | 'for...else' is not supported
            while x: pass\\nelse: pass              | 2 | 1  | 'while...else' is not supported
            """)
    void sameMessageAndPositionAsTheParserGave(String source, int line, int column, String message) {
        assertEquals("ParseError at " + line + ":" + column + ": " + message, errorLine(source.translateEscapes()));
    }

    @Test
    void nothingRunsWhenALateConstructIsNotSupported() {
        PyRustRunner.Outcome outcome = PyRustRunner.run("print(1)\nprint(2)\nx = [1]\n");
        assertEquals("ParseError at 3:5: 'list' is not supported", outcome.errorLine());
        assertEquals("", outcome.stdout());
    }

    @Test
    void errorFirstLine() {
        assertEquals("ParseError at 2:5: 'class' is not supported", errorLine("def f():\n    class B:\n        pass\n    return 1\nf()"));
    }
}
