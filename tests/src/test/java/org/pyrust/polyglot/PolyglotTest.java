package org.pyrust.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PyRust as seen from Java through the GraalVM polyglot API. */
class PolyglotTest {

    private static final String PYRUST = "pyrust";

    /** Most tests use contexts of one engine: creating an engine per test would make the suite slow. */
    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.newBuilder(PYRUST).build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static Context newContext(ByteArrayOutputStream out) {
        return Context.newBuilder(PYRUST).engine(engine).out(out).err(out).build();
    }

    private static Context newContext() {
        return newContext(new ByteArrayOutputStream());
    }

    private static PolyglotException evalError(Context context, String code) {
        return assertThrows(PolyglotException.class, () -> context.eval(PYRUST, code), () -> "expected an error from: " + code);
    }

    // ---------------------------------------------------------------- results

    @Test
    void intResult() {
        try (Context context = Context.create(PYRUST)) {
            Value result = context.eval(PYRUST, "2 + 3");
            assertTrue(result.isNumber() && result.fitsInLong(), () -> "not a long: " + result);
            assertEquals(5, result.asLong());
            assertEquals("5", result.toString());
        }
    }

    @Test
    void largeIntResult() {
        try (Context context = newContext()) {
            assertEquals(Long.MAX_VALUE, context.eval(PYRUST, "9223372036854775807").asLong());
            assertEquals(Long.MIN_VALUE, context.eval(PYRUST, "-9223372036854775807 - 1").asLong());
        }
    }

    @Test
    void builtinCalledFromJavaReportsItsErrorAsAGuestError() {
        try (Context context = newContext()) {
            Value len = context.getBindings(PYRUST).getMember("len");
            assertEquals(3, len.execute("abc").asLong());
            PolyglotException e = assertThrows(PolyglotException.class, () -> len.execute(5));
            assertTrue(e.isGuestException(), "a guest error, not an internal one");
            assertEquals("RuntimeError: TypeError: object of type 'int' has no len()", e.getMessage());
        }
    }

    @Test
    void noneResultIsNull() {
        try (Context context = newContext()) {
            assertTrue(context.eval(PYRUST, "None").isNull());
            assertTrue(context.eval(PYRUST, "x = 1").isNull(), "an assignment as last statement gives None");
            assertTrue(context.eval(PYRUST, "print(1)").isNull());
            assertTrue(context.eval(PYRUST, "def f():\n    pass\nf()").isNull());
            assertFalse(context.eval(PYRUST, "0").isNull(), "0 is not None");
        }
    }

    @Test
    void stringResult() {
        try (Context context = newContext()) {
            Value result = context.eval(PYRUST, "\"ab\" + 'cd'");
            assertTrue(result.isString());
            assertEquals("abcd", result.asString());
            assertEquals("héllo 日本 😀", context.eval(PYRUST, "\"héllo \" + \"日本 \\U0001F600\"").asString());
            assertEquals("", context.eval(PYRUST, "\"\"").asString());
        }
    }

    @Test
    void boolResult() {
        try (Context context = newContext()) {
            Value yes = context.eval(PYRUST, "1 < 2");
            assertTrue(yes.isBoolean());
            assertTrue(yes.asBoolean());
            assertEquals("True", yes.toString());
            Value no = context.eval(PYRUST, "not 1");
            assertTrue(no.isBoolean());
            assertFalse(no.asBoolean());
            assertEquals("False", no.toString());
        }
    }

    @Test
    void functionResult() {
        try (Context context = newContext()) {
            Value f = context.eval(PYRUST, "def f(x):\n    return x * 2\nf");
            assertTrue(f.canExecute());
            assertEquals("<function f>", f.toString());
            assertEquals(42, f.execute(21).asLong());
        }
    }

    @Test
    void builtinResult() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = newContext(out)) {
            Value print = context.eval(PYRUST, "print");
            assertTrue(print.canExecute());
            assertEquals("<built-in function print>", print.toString());
            assertTrue(print.execute("hi", 3).isNull());
            assertEquals("hi 3\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(3, context.eval(PYRUST, "len").execute("abc").asLong());
        }
    }

    // ---------------------------------------------------------------- calls from Java

    @Test
    void callFunctionThroughBindings() {
        try (Context context = newContext()) {
            context.eval(PYRUST, "def add(a, b):\n    return a + b");
            Value bindings = context.getBindings(PYRUST);
            assertTrue(bindings.hasMember("add"));
            Value add = bindings.getMember("add");
            assertEquals(7, add.execute(3, 4).asLong());
            assertEquals("<function add>", add.toString());
        }
    }

    @Test
    void javaIntLongAndOtherAcceptedArguments() {
        try (Context context = newContext()) {
            context.eval(PYRUST, "def add(a, b):\n    return a + b");
            Value add = context.getBindings(PYRUST).getMember("add");
            assertEquals(7, add.execute(3, 4).asLong(), "int, int");
            assertEquals(7, add.execute(3L, 4L).asLong(), "long, long");
            assertEquals(2147483648L, add.execute(Integer.MAX_VALUE, 1L).asLong(), "int + long beyond the int range");
            assertEquals(Long.MAX_VALUE, add.execute(Long.MAX_VALUE - 5, 5).asLong());
            assertEquals(3, add.execute((short) 1, (byte) 2).asLong(), "short and byte are integers too");
            assertEquals(2, add.execute(true, 1).asLong(), "a Java boolean is a PyRust bool");
            assertEquals("xy", add.execute("x", "y").asString(), "Java strings are PyRust strings");
            PolyglotException overflow = assertThrows(PolyglotException.class, () -> add.execute(Long.MAX_VALUE, 1));
            assertTrue(overflow.isGuestException());
            assertEquals("RuntimeError at 2:12: Integer overflow: 9223372036854775807 + 1", overflow.getMessage());
        }
    }

    /** PyRust's own values (a list, a dict) go back into PyRust as themselves. */
    @Test
    void guestValuesRoundTrip() {
        try (Context context = newContext()) {
            context.eval(PYRUST, "def size(xs):\n    return len(xs)");
            Value size = context.getBindings(PYRUST).getMember("size");
            Value list = context.eval(PYRUST, "[1, 2, 3]");
            assertEquals(3, list.getArraySize());
            assertEquals(2, list.getArrayElement(1).asLong());
            assertEquals(3, size.execute(list).asLong());
            assertEquals(2, size.execute(context.eval(PYRUST, "{'a': 1, 'b': 2.5}")).asLong());
            assertEquals("[1, 2, 3]", list.toString());
        }
    }

    @Test
    void javaObjectArgumentRejectedClearly() {
        try (Context context = newContext()) {
            context.eval(PYRUST, "def add(a, b):\n    return a + b");
            Value add = context.getBindings(PYRUST).getMember("add");
            // A Java double is a PyRust float (the Data layer); objects and arrays wait for issue 14.
            assertEquals(3.5, add.execute(1.5, 2).asDouble());
            assertEquals(3.5, add.execute(1.5f, 2.0).asDouble());
            for (Object bad : new Object[]{new Object(), new int[]{1}}) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> add.execute(bad, 1), () -> "accepted a " + bad.getClass());
                assertTrue(e instanceof IllegalArgumentException || e instanceof PolyglotException, () -> "unexpected exception type " + e);
                if (e instanceof PolyglotException p) {
                    assertFalse(p.isInternalError(), () -> "internal error for a " + bad.getClass() + ": " + p.getMessage());
                }
                assertMeaningful(e.getMessage());
            }
        }
    }

    /** A message that says what went wrong with an argument: which argument and what is accepted or what is wrong. */
    private static void assertMeaningful(String message) {
        assertNotNull(message);
        String lower = message.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("argument"), () -> "the message does not say an argument is wrong: " + message);
        assertTrue(lower.contains("int") || lower.contains("long") || lower.contains("type"),
                        () -> "the message does not say which types are accepted: " + message);
    }

    @Test
    void arityMismatchFromJava() {
        try (Context context = newContext()) {
            context.eval(PYRUST, "def add(a, b):\n    return a + b");
            Value add = context.getBindings(PYRUST).getMember("add");
            for (Object[] arguments : new Object[][]{{1}, {1, 2, 3}, {}}) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> add.execute(arguments));
                assertTrue(e instanceof IllegalArgumentException || e instanceof PolyglotException, () -> "unexpected exception type " + e);
                String message = e.getMessage();
                assertTrue(message.contains("2") && message.contains(String.valueOf(arguments.length)),
                                () -> "the message should give the expected (2) and actual (" + arguments.length + ") counts: " + message);
            }
            assertEquals(3, add.execute(1, 2).asLong(), "the function still works after the failed calls");
        }
    }

    // ---------------------------------------------------------------- globals from Java

    @Test
    void writeGlobalsFromJava() {
        try (Context context = newContext()) {
            Value bindings = context.getBindings(PYRUST);
            bindings.putMember("n", 41);
            assertEquals(42, context.eval(PYRUST, "n + 1").asLong());
            bindings.putMember("big", Long.MAX_VALUE);
            assertEquals(Long.MAX_VALUE, context.eval(PYRUST, "big").asLong());
            bindings.putMember("s", "hi");
            assertEquals("hihi", context.eval(PYRUST, "s * 2").asString());
            bindings.putMember("b", true);
            assertEquals(2, context.eval(PYRUST, "b + 1").asLong());
            // Overwrite a global PyRust defined.
            context.eval(PYRUST, "x = 1\ndef getx():\n    return x");
            bindings.putMember("x", 99);
            assertEquals(99, context.eval(PYRUST, "getx()").asLong());
            // A PyRust function stored back under another name.
            context.eval(PYRUST, "def add(a, b):\n    return a + b");
            bindings.putMember("plus", bindings.getMember("add"));
            assertEquals(3, context.eval(PYRUST, "plus(1, 2)").asLong());
        }
    }

    @Test
    void readGlobalsFromJava() {
        try (Context context = newContext()) {
            context.eval(PYRUST, "x = 7\ns = \"txt\"\ndef f():\n    global g\n    g = 5");
            Value bindings = context.getBindings(PYRUST);
            assertEquals(7, bindings.getMember("x").asLong());
            assertEquals("txt", bindings.getMember("s").asString());
            assertNull(bindings.getMember("g"), "g does not exist before f runs");
            context.eval(PYRUST, "f()");
            assertEquals(5, bindings.getMember("g").asLong());
        }
    }

    @Test
    void unsupportedGlobalValueRejected() {
        try (Context context = newContext()) {
            Value bindings = context.getBindings(PYRUST);
            bindings.putMember("f", 1.5);
            assertEquals(1.5, bindings.getMember("f").asDouble());
            RuntimeException e = assertThrows(RuntimeException.class, () -> bindings.putMember("d", new Object()));
            assertTrue(e instanceof IllegalArgumentException || e instanceof PolyglotException, () -> "unexpected exception type " + e);
            assertNotNull(e.getMessage());
            assertFalse(bindings.hasMember("d"), "a rejected value must not be stored");
        }
    }

    // ---------------------------------------------------------------- errors

    @Test
    void runtimeErrorException() {
        try (Context context = newContext()) {
            PolyglotException e = evalError(context, "x = 1\ny = x // 0");
            assertEquals("RuntimeError at 2:5: Division by zero", e.getMessage());
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertFalse(e.isSyntaxError());
            assertFalse(e.isHostException());
            SourceSection location = e.getSourceLocation();
            assertNotNull(location, "a runtime error has a source location");
            assertEquals(2, location.getStartLine());
            assertEquals(5, location.getStartColumn());
        }
    }

    @Test
    void runtimeErrorLocationInsideFunction() {
        try (Context context = newContext()) {
            PolyglotException e = evalError(context, "def f(a):\n    if a:\n        return undefined_name\nf(1)");
            assertEquals("RuntimeError at 3:16: Undefined variable: undefined_name", e.getMessage());
            assertEquals(3, e.getSourceLocation().getStartLine());
            assertEquals(16, e.getSourceLocation().getStartColumn());
        }
    }

    @Test
    void syntaxErrorException() {
        try (Context context = newContext()) {
            PolyglotException parse = evalError(context, "x = 1\ny = = 2");
            assertEquals("ParseError at 2:5: Expected expression", parse.getMessage());
            assertTrue(parse.isSyntaxError());
            assertTrue(parse.isGuestException());
            assertFalse(parse.isInternalError());
            assertNotNull(parse.getSourceLocation());
            assertEquals(2, parse.getSourceLocation().getStartLine());
            assertEquals(5, parse.getSourceLocation().getStartColumn());

            PolyglotException lex = evalError(context, "x = 5 $ 3");
            assertEquals("LexError at 1:7: Unexpected character '$'", lex.getMessage());
            assertTrue(lex.isSyntaxError());
            assertTrue(lex.isGuestException());
            assertFalse(lex.isInternalError());
            assertEquals(1, lex.getSourceLocation().getStartLine());
            assertEquals(7, lex.getSourceLocation().getStartColumn());
        }
    }

    @Test
    void nothingRunsWhenParsingFails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = newContext(out)) {
            evalError(context, "print(\"ran\")\nx = 1\nclass A:\n    pass");
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertNull(context.getBindings(PYRUST).getMember("x"), "no statement may have run");
        }
    }

    @Test
    void guestStackTraceInnermostFirst() {
        try (Context context = newContext()) {
            String code = "def inner(x):\n    return x // 0\ndef middle(x):\n    return inner(x) + 1\ndef outer():\n    return middle(5)\nouter()\n";
            PolyglotException e = evalError(context, code);
            assertEquals("RuntimeError at 2:12: Division by zero", e.getMessage());
            List<PolyglotException.StackFrame> guestFrames = new ArrayList<>();
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame()) {
                    guestFrames.add(frame);
                }
            }
            assertTrue(guestFrames.size() >= 4, () -> "expected inner, middle, outer and the module code, got " + guestFrames);
            assertEquals(List.of("inner", "middle", "outer"), guestFrames.subList(0, 3).stream().map(PolyglotException.StackFrame::getRootName).toList());
            // Each frame's location is the line that is executing: the division, then each call.
            assertEquals(List.of(2, 4, 6, 7), guestFrames.subList(0, 4).stream().map(f -> f.getSourceLocation().getStartLine()).toList());
            assertEquals(4, guestFrames.size(), () -> "only the three functions and the module code are active: " + guestFrames);
        }
    }

    // ---------------------------------------------------------------- engines, contexts and threads

    @Test
    void twoContextsOnOneEngineAreIndependent() {
        try (Engine shared = Engine.newBuilder(PYRUST).build();
                        Context first = Context.newBuilder(PYRUST).engine(shared).build();
                        Context second = Context.newBuilder(PYRUST).engine(shared).build()) {
            Source counter = Source.create(PYRUST, "x = x + 1\nx");
            first.eval(PYRUST, "x = 1");
            second.eval(PYRUST, "x = 100\ndef only_in_second():\n    return 1");
            assertEquals(2, first.eval(counter).asLong());
            assertEquals(101, second.eval(counter).asLong());
            assertEquals(3, first.eval(counter).asLong());
            assertEquals(102, second.eval(counter).asLong());
            PolyglotException e = assertThrows(PolyglotException.class, () -> first.eval(PYRUST, "only_in_second()"));
            assertEquals("RuntimeError at 1:1: Undefined function: only_in_second", e.getMessage());
            try (Context third = Context.newBuilder(PYRUST).engine(shared).build()) {
                PolyglotException unbound = assertThrows(PolyglotException.class, () -> third.eval(counter));
                assertEquals("RuntimeError at 1:5: Undefined variable: x", unbound.getMessage());
            }
        }
    }

    @Test
    void oneContextPerThreadConcurrentlyOnOneEngine() throws Exception {
        int threads = 4;
        String program = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Engine shared = Engine.newBuilder(PYRUST).build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long base = t * 1000;
                results.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (Context context = Context.newBuilder(PYRUST).engine(shared).out(out).build()) {
                        start.await();
                        context.eval(PYRUST, program + "base = " + base);
                        List<Long> values = new ArrayList<>();
                        for (int i = 0; i < 30; i++) {
                            values.add(context.eval(PYRUST, "base = base + 1\nprint(base)\nfib(15) + base").asLong());
                        }
                        String expectedOut = java.util.stream.LongStream.rangeClosed(base + 1, base + 30).mapToObj(v -> v + "\n").reduce("", String::concat);
                        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8), "each context prints to its own stream");
                        return values;
                    }
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<Long> values = results.get(t).get(120, TimeUnit.SECONDS);
                for (int i = 0; i < values.size(); i++) {
                    assertEquals(610 + t * 1000 + i + 1, values.get(i), "thread " + t + ", iteration " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneContextUsedSequentiallyFromTwoThreads() throws Exception {
        try (Context context = newContext()) {
            runOnNewThread(() -> context.eval(PYRUST, "x = 20\ndef twice(v):\n    return v * 2"));
            AtomicReference<Long> seen = new AtomicReference<>();
            runOnNewThread(() -> seen.set(context.eval(PYRUST, "x = twice(x) + 2\nx").asLong()));
            assertEquals(42, seen.get());
            assertEquals(42, context.eval(PYRUST, "x").asLong(), "and the creating thread sees the same globals");
        }
    }

    private static void runOnNewThread(Runnable action) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        thread.join(60_000);
        assertFalse(thread.isAlive(), "the thread did not finish");
        if (failure.get() != null) {
            throw new AssertionError("failed on the other thread", failure.get());
        }
    }

    // ---------------------------------------------------------------- streams and sources

    @Test
    void printGoesToTheContextOutputStreamOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        try (Context context = Context.newBuilder(PYRUST).engine(engine).out(out).err(err).build()) {
            context.eval(PYRUST, "print(\"hello\", 1)\nprint()\nprint(\"héllo 😀\")");
            assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "print(\"before\")\n1 // 0"));
        } finally {
            System.setOut(originalOut);
        }
        assertEquals("hello 1\n\nhéllo 😀\nbefore\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", systemOut.toString(StandardCharsets.UTF_8), "nothing may go to System.out");
        assertEquals("", err.toString(StandardCharsets.UTF_8), "print writes nothing to the error stream");
    }

    @Test
    void sourceWithFileName(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("prog.py");
        Files.writeString(file, "def f(x):\n    return 10 // x\nprint(f(5))\nf(0)\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = newContext(out)) {
            Source source = Source.newBuilder(PYRUST, file.toFile()).build();
            assertEquals("prog.py", source.getName());
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertEquals("RuntimeError at 2:12: Division by zero", e.getMessage());
            assertEquals("2\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("prog.py", e.getSourceLocation().getSource().getName());
            assertEquals(new File(file.toString()).getAbsolutePath(), new File(e.getSourceLocation().getSource().getPath()).getAbsolutePath());

            Source named = Source.newBuilder(PYRUST, "x = 6\nx * 7", "named.py").build();
            assertEquals(42, context.eval(named).asLong());
            PolyglotException unbound = assertThrows(PolyglotException.class,
                            () -> context.eval(Source.newBuilder(PYRUST, "y + 1", "other.py").build()));
            assertEquals("other.py", unbound.getSourceLocation().getSource().getName());
        }
    }
}
