package org.pyrust.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyrust.PyRustRunner;
import org.pyrust.PyRustRunner.Outcome;

/** Large, deep and malformed programs: right results or proper PyRust errors, never a crash. */
class RobustnessTest {

    private static final String PYRUST = "pyrust";
    private static final String DEPTH = "def depth(n):\n    if n == 0:\n        return 0\n    return depth(n - 1) + 1\n";

    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.newBuilder(PYRUST).build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static Context newContext() {
        return Context.newBuilder(PYRUST).engine(engine).build();
    }

    /** Runs {@code action} on a thread with the given stack size, as the launcher runs programs. */
    private static <T> T onThread(long stackSize, Supplier<T> action) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(action.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "deep", stackSize);
        thread.start();
        thread.join(120_000);
        assertFalse(thread.isAlive(), "the guest thread did not finish in time");
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() != null) {
            throw new AssertionError("failed on the guest thread", failure.get());
        }
        return result.get();
    }

    /** A proper PyRust syntax error: a guest exception, not internal, reported as a LexError or ParseError. */
    private static void assertSyntaxError(PolyglotException e, String what) {
        assertTrue(e.isGuestException(), () -> what + ": not a guest exception: " + e);
        assertFalse(e.isInternalError(), () -> what + ": internal error: " + e);
        assertFalse(e.isHostException(), () -> what + ": host exception: " + e);
        assertTrue(e.isSyntaxError(), () -> what + ": not a syntax error: " + e.getMessage());
        assertTrue(e.getMessage().matches("(LexError|ParseError) at \\d+:\\d+: .+"), () -> what + ": not a PyRust error line: " + e.getMessage());
    }

    // ---------------------------------------------------------------- big programs

    @Test
    void twentyThousandStatements() {
        StringBuilder program = new StringBuilder("x = 0\n");
        for (int i = 0; i < 20_000; i++) {
            program.append("x = x + 1\n");
        }
        program.append("x\n");
        Outcome outcome = PyRustRunner.run(program.toString());
        assertNull(outcome.errorLine());
        assertEquals("20000", outcome.stdout());
    }

    @Test
    void twentyThousandStatementsInOneFunction() {
        StringBuilder program = new StringBuilder("def f(x):\n");
        for (int i = 0; i < 20_000; i++) {
            program.append("    x += ").append(i % 7).append('\n');
        }
        program.append("    return x\nprint(f(1))\n");
        long expected = 1;
        for (int i = 0; i < 20_000; i++) {
            expected += i % 7;
        }
        Outcome outcome = PyRustRunner.run(program.toString());
        assertNull(outcome.errorLine());
        assertEquals(expected + "\n", outcome.stdout());
    }

    @Test
    void functionWithThreeHundredLocals() {
        StringBuilder program = new StringBuilder("def f(p):\n    v0 = p\n");
        StringBuilder sum = new StringBuilder("v0");
        for (int i = 1; i < 300; i++) {
            program.append("    v").append(i).append(" = v").append(i - 1).append(" + 1\n");
            sum.append(" + v").append(i);
        }
        program.append("    return ").append(sum).append("\nprint(f(1), f(2))\n");
        // v_i = p + i, so the sum is 300 p + (0 + 1 + ... + 299).
        long constant = 299L * 300 / 2;
        Outcome outcome = PyRustRunner.run(program.toString());
        assertNull(outcome.errorLine());
        assertEquals((300 + constant) + " " + (600 + constant) + "\n", outcome.stdout());
    }

    // ---------------------------------------------------------------- recursion

    @Test
    void recursionTenThousandDeepOnABigStack() throws InterruptedException {
        long result = onThread(1L << 30, () -> {
            try (Context context = newContext()) {
                return context.eval(PYRUST, DEPTH + "depth(10000)").asLong();
            }
        });
        assertEquals(10_000, result);
        // And as the launcher runs programs.
        Outcome outcome = PyRustRunner.run(DEPTH + "print(depth(10000))\nprint(depth(9999) + depth(5000))");
        assertNull(outcome.errorLine());
        assertEquals("10000\n14999\n", outcome.stdout());
    }

    /** The surefire thread runs with -Xss512m (tests/pom.xml): 10,000 deep works there too. */
    @Test
    void recursionTenThousandDeepOnTheTestThread() {
        try (Context context = newContext()) {
            assertEquals(10_000, context.eval(PYRUST, DEPTH + "depth(10000)").asLong());
        }
    }

    @Test
    void infiniteRecursionIsARuntimeErrorAndTheContextSurvives() throws InterruptedException {
        for (long stack : new long[]{1L << 30, 16L << 20}) {
            onThread(stack, () -> {
                try (Context context = newContext()) {
                    PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "def f(n):\n    return f(n + 1)\nf(0)"));
                    assertTrue(e.isGuestException() && !e.isInternalError(), () -> "not a guest error: " + e);
                    assertEquals("RuntimeError at 2:12: maximum recursion depth exceeded", e.getMessage());
                    assertEquals(2, context.eval(PYRUST, "1 + 1").asLong());
                    assertEquals(10, context.eval(PYRUST, DEPTH + "depth(10)").asLong());
                    PolyglotException again = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "f(0)"));
                    assertEquals("RuntimeError at 2:12: maximum recursion depth exceeded", again.getMessage());
                    return null;
                }
            });
        }
    }

    /**
     * An embedder's thread has a small stack (the JVM's default is 1 MB). Infinite recursion as the very
     * first program of a JVM must still be the PyRust error, and leave the JVM able to run PyRust: a stack
     * overflow inside some class's initialization would break that class, and every later call, for good.
     * So this runs in a fresh JVM, started with this JVM's flags and class path.
     */
    @Test
    void infiniteRecursionFirstThingInAFreshJvmOnAOneMegabyteStack() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-agentlib") && !argument.startsWith("-javaagent")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FreshJvm.class.getName(), "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the fresh JVM did not finish");
        }
        assertEquals("RuntimeError at 2:12: maximum recursion depth exceeded\n2\n", stdout.join(),
                        () -> "the fresh JVM said (exit " + process.exitValue() + "):\n" + stdout.join() + "\nstderr:\n" + stderr.join());
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Run in a fresh JVM: infinite recursion on a thread with the given stack (MB), then a call. */
    public static final class FreshJvm {
        public static void main(String[] args) throws InterruptedException {
            Thread thread = new Thread(null, () -> {
                try (Context context = Context.create(PYRUST)) {
                    System.out.println(outcome(context, "def f(n):\n    return f(n + 1)\nf(0)"));
                    System.out.println(outcome(context, "def g(x):\n    return x + 1\ng(1)"));
                }
            }, "small-stack", Long.parseLong(args[0]) << 20);
            thread.start();
            thread.join();
        }

        private static String outcome(Context context, String program) {
            try {
                return context.eval(PYRUST, program).toString();
            } catch (PolyglotException e) {
                return (e.isInternalError() ? "internal error: " : "") + e.getMessage();
            }
        }
    }

    @Test
    void infiniteRecursionOnTheTestThread() {
        try (Context context = newContext()) {
            PolyglotException e = assertThrows(PolyglotException.class,
                            () -> context.eval(PYRUST, "def ping(n):\n    return pong(n + 1)\ndef pong(n):\n    return ping(n + 1)\nping(0)"));
            assertFalse(e.isInternalError(), () -> "internal error: " + e);
            assertTrue(e.getMessage().matches("RuntimeError at [24]:12: maximum recursion depth exceeded"), e.getMessage());
            assertEquals(2, context.eval(PYRUST, "1 + 1").asLong());
        }
    }

    // ---------------------------------------------------------------- garbage in

    @Test
    void megabyteOfRandomBytes() {
        byte[] bytes = new byte[1 << 20];
        new Random(20240601L).nextBytes(bytes);
        String program = new String(bytes, StandardCharsets.UTF_8); // malformed sequences become U+FFFD
        assertGarbageRejected(program, "1 MB of random bytes");
    }

    @Test
    void megabyteOfRandomPrintableAscii() {
        Random random = new Random(7L);
        StringBuilder program = new StringBuilder(1 << 20);
        while (program.length() < 1 << 20) {
            int c = random.nextInt(100);
            program.append(c < 95 ? (char) (' ' + c) : c < 98 ? '\n' : '\t');
        }
        assertGarbageRejected(program.toString(), "1 MB of random printable ASCII");
    }

    /** Random sequences of valid tokens: the lexer accepts them, so this exercises the parser. */
    @Test
    void megabyteOfRandomTokens() {
        Random random = new Random(99L);
        String[] tokens = {"x", "y", "f", "def", "return", "if", "elif", "else", "while", "for", "in", "range", "break", "continue", "pass",
                        "global", "and", "or", "not", "is", "None", "True", "False", "1", "0x1F", "\"s\"", "'''t'''", "(", ")", ",", ":", ";", "=",
                        "+=", "**=", "+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", ">=", "\n", "\n    ", "\n        ", "\\\n", "#c\n",
                        "class", "lambda", "[", "]", "{", "}", ".", "1.5"};
        StringBuilder program = new StringBuilder(1 << 20);
        while (program.length() < 1 << 20) {
            program.append(tokens[random.nextInt(tokens.length)]).append(' ');
        }
        assertGarbageRejected(program.toString(), "1 MB of random tokens");
    }

    private static void assertGarbageRejected(String program, String what) {
        try (Context context = newContext()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, program), () -> what + " was accepted");
            assertSyntaxError(e, what);
        }
    }

    /** Many small random token programs: any outcome but an internal error, host exception or hang. */
    @Test
    void smallRandomProgramsNeverCrash() {
        Random random = new Random(12345L);
        // No 'while': a random infinite loop would only test the timeout.
        String[] tokens = {"x", "y", "f", "def f(x):", "return", "if x:", "else:", "for x in range(3):", "break", "continue", "pass",
                        "global x", "and", "or", "not", "is", "None", "True", "False", "1", "0", "9223372036854775807", "\"s\"", "(", ")", ",", "=",
                        "+=", "+", "-", "*", "/", "//", "%", "**", "<", "==", "print", "len", "int", "\n", "\n    ", "\n        ", ";"};
        for (int i = 0; i < 300; i++) {
            StringBuilder program = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int t = 0; t < length; t++) {
                program.append(tokens[random.nextInt(tokens.length)]).append(' ');
            }
            Outcome outcome = PyRustRunner.run(engine, program.toString(), "<fuzz>", 20);
            String error = outcome.errorLine();
            if (error != null) {
                final String source = program.toString();
                assertTrue(error.matches("(LexError|ParseError|RuntimeError) at \\d+:\\d+: .+"),
                                () -> "not a PyRust error for program:\n" + source + "\n---\n" + error);
            }
        }
    }

    @Test
    void emptyAndCommentOnlyProgramsGiveNone() {
        try (Context context = newContext()) {
            for (String program : new String[]{"", "# only a comment", "# one\n# two\n", "\n\n   \n", "  # indented comment\n"}) {
                Value result = context.eval(PYRUST, program);
                assertTrue(result.isNull(), () -> "not None for " + program.replace("\n", "\\n") + ": " + result);
            }
        }
    }

    @Test
    void tenThousandNestedParenthesesAreAnError() throws InterruptedException {
        String program = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        // On the launcher's stack and on a small one: a PyRust error either way, never a crash.
        for (long stack : new long[]{2L << 30, 8L << 20}) {
            PolyglotException e = onThread(stack, () -> {
                try (Context context = newContext()) {
                    return assertThrows(PolyglotException.class, () -> context.eval(PYRUST, program));
                }
            });
            assertSyntaxError(e, "10,000 nested parentheses");
            assertTrue(e.getMessage().startsWith("ParseError at 1:"), e.getMessage());
        }
        try (Context context = newContext()) {
            assertEquals(1, context.eval(PYRUST, "(".repeat(50) + "1" + ")".repeat(50)).asLong(), "moderate nesting is fine");
        }
    }

    /** Other deep nestings: whatever the parser decides, the outcome is a value or a proper PyRust error. */
    @Test
    void deepExpressionsNeverCrash() throws InterruptedException {
        String[] programs = {"-".repeat(10_000) + "1", "not ".repeat(10_000) + "1", "x = 1\n" + "x + ".repeat(10_000) + "x",
                        "2 " + "** 1 ".repeat(10_000), "f(".repeat(5_000) + ")".repeat(5_000), deepIfs(200)};
        for (String program : programs) {
            for (long stack : new long[]{2L << 30, 8L << 20}) {
                String error = onThread(stack, () -> {
                    try (Context context = newContext()) {
                        context.eval(PYRUST, program);
                        return null;
                    } catch (PolyglotException e) {
                        if (e.isInternalError() || e.isHostException() || !e.isGuestException()) {
                            return "not a PyRust error: " + e;
                        }
                        return e.getMessage().matches("(LexError|ParseError|RuntimeError) at \\d+:\\d+: .+") ? null : "bad error line: " + e.getMessage();
                    }
                });
                if (error != null) {
                    fail(error + "\nprogram starts: " + program.substring(0, Math.min(60, program.length())).replace("\n", "\\n")
                                    + "\nstack: " + (stack >> 20) + " MB");
                }
            }
        }
        try (Context context = newContext()) {
            Value value = context.eval(PYRUST, "x = 1\n" + "x + ".repeat(1_000) + "x");
            assertNotNull(value);
            assertEquals(1001, value.asLong());
        }
    }

    private static String deepIfs(int depth) {
        StringBuilder program = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            program.append(" ".repeat(i)).append("if 1:\n");
        }
        return program.append(" ".repeat(depth)).append("print(1)\n").toString();
    }
}
