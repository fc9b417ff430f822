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
            import math                             | 1 | 1  | 'import' is not supported
            x = 1\\nif x:\\n    import os           | 3 | 5  | 'import' is not supported
            def f():\\n    class B:\\n        pass\\n    return 1\\nf()| 2 | 5  | 'class' is not supported
            class A: pass                           | 1 | 1  | 'class' is not supported
            from os import path                     | 1 | 1  | 'from' is not supported
            with x: pass                            | 1 | 1  | 'with' is not supported
            def g():\\n    x = yield 1             | 2 | 9  | 'yield' is not supported
            def g():\\n    yield from y            | 2 | 5  | 'yield' is not supported
            """)
    void notSupportedWithItsPosition(String source, int line, int column, String message) {
        assertEquals("ParseError at " + line + ":" + column + ": " + message, errorLine(source.translateEscapes()));
    }

    @Test
    void nothingRunsWhenALateConstructIsNotSupported() {
        PyRustRunner.Outcome outcome = PyRustRunner.run("print(1)\nprint(2)\nclass A:\n    pass\n");
        assertEquals("ParseError at 3:1: 'class' is not supported", outcome.errorLine());
        assertEquals("", outcome.stdout());
    }

    @Test
    void errorFirstLine() {
        assertEquals("ParseError at 2:5: 'class' is not supported", errorLine("def f():\n    class B:\n        pass\n    return 1\nf()"));
    }
}
