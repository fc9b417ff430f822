package org.pyrust.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value model as Java sees it: every value's meta object is its Python type, types know their bases,
 * an error's guest object is an instance of its exception class, and a value's display string is its repr.
 */
class TypesTest {

    private static final String PYRUST = "pyrust";

    private static Engine engine;
    private static Context context;

    @BeforeAll
    static void create() {
        engine = Engine.newBuilder(PYRUST).build();
        context = Context.newBuilder(PYRUST).engine(engine).build();
    }

    @AfterAll
    static void close() {
        context.close();
        engine.close();
    }

    private static String typeName(String expression) {
        return context.eval(PYRUST, expression).getMetaObject().getMetaSimpleName();
    }

    @Test
    void everyValueHasItsPythonType() {
        assertEquals("int", typeName("2 + 3"));
        assertEquals("bool", typeName("1 < 2"));
        assertEquals("str", typeName("'a' + 'b'"));
        assertEquals("NoneType", typeName("None"));
        assertEquals("builtin_function_or_method", typeName("len"));
        context.eval(PYRUST, "def f():\n    return 1\n");
        assertEquals("function", typeName("f"));
        assertEquals("type", typeName("KeyError"));
    }

    @Test
    void typesKnowTheirBasesAndInstances() {
        Value keyError = context.getBindings(PYRUST).getMember("KeyError");
        assertTrue(keyError.isMetaObject());
        assertEquals("<class 'KeyError'>", keyError.toString());
        Value lookupError = keyError.getMetaParents().getArrayElement(0);
        assertEquals("LookupError", lookupError.getMetaSimpleName());
        assertEquals("Exception", lookupError.getMetaParents().getArrayElement(0).getMetaSimpleName());

        Value intType = context.eval(PYRUST, "1").getMetaObject();
        assertTrue(intType.isMetaInstance(context.eval(PYRUST, "True")), "a bool is an int");
        assertFalse(intType.isMetaInstance(context.eval(PYRUST, "'1'")));
    }

    @Test
    void anErrorIsAnInstanceOfItsExceptionClass() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "1 // 0"));
        assertEquals("RuntimeError at 1:1: Division by zero", e.getMessage());
        Value exception = e.getGuestObject();
        assertEquals("ZeroDivisionError", exception.getMetaObject().getMetaSimpleName());
        Value bindings = context.getBindings(PYRUST);
        assertTrue(bindings.getMember("ArithmeticError").isMetaInstance(exception));
        assertTrue(bindings.getMember("BaseException").isMetaInstance(exception));
        assertFalse(bindings.getMember("LookupError").isMetaInstance(exception));
    }

    @Test
    void eachRuntimeErrorHasItsClass() {
        assertErrorClass("OverflowError", "9223372036854775807 + 1");
        assertErrorClass("NameError", "undefined_name");
        assertErrorClass("UnboundLocalError", "def f():\n    x = x + 1\nf()");
        assertErrorClass("TypeError", "1 + 'a'");
        assertErrorClass("TypeError", "1 < 'a'");
        assertErrorClass("TypeError", "len(1, 2)");
        assertErrorClass("ValueError", "int('x')");
        assertErrorClass("RecursionError", "def f():\n    return f()\nf()");
        assertErrorClass("MemoryError", "'ab' * 4611686018427387904");
    }

    private static void assertErrorClass(String expected, String program) {
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, program));
        assertEquals(expected, e.getGuestObject().getMetaObject().getMetaSimpleName(), e.getMessage());
    }

    @Test
    void theDisplayStringIsRepr() {
        assertEquals("'abc'", context.eval(PYRUST, "'abc'").toString());
        assertEquals("\"it's\"", context.eval(PYRUST, "\"it's\"").toString());
        assertEquals("'tab\\there'", context.eval(PYRUST, "'tab\\there'").toString());
        assertEquals("True", context.eval(PYRUST, "True").toString());
        assertEquals("-5", context.eval(PYRUST, "-5").toString());
    }
}
