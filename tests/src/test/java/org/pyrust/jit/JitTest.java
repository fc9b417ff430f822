package org.pyrust.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * PyRust runs on the Graal JIT (surefire passes the JVMCI flags, see the parent pom): hot functions and
 * long loops are compiled, and compiled code is much faster than the interpreter.
 */
class JitTest {

    private static final String PYRUST = "pyrust";

    /** A loop in a function that is called once, so only on-stack replacement can compile it. */
    private static final String LOOP = "def loop(n):\n    i = 0\n    s = 0\n    while i < n:\n        s += i\n        i += 1\n    return s\n";

    private static final String FIB = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";

    /** What Truffle prints when it runs without a compiler (the fallback runtime). */
    private static final List<String> NO_JIT_WARNINGS = List.of("fallback", "interpreter-only", "interpreter only",
                    "does not support runtime compilation");

    /** An engine that traces compilations synchronously into {@code log}. */
    private static Engine tracingEngine(ByteArrayOutputStream log) {
        return Engine.newBuilder(PYRUST)
                        .allowExperimentalOptions(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.WarnInterpreterOnly", "true")
                        .logHandler(log)
                        .err(log)
                        .out(log)
                        .build();
    }

    private static String text(ByteArrayOutputStream log) {
        return log.toString(StandardCharsets.UTF_8);
    }

    private static void assertCompiled(String log, String what, Pattern pattern) {
        assertTrue(log.lines().anyMatch(line -> pattern.matcher(line).find()), () -> what + ": no line matching " + pattern + " in the compilation log:\n" + tail(log));
    }

    private static void assertNoJitWarning(String log) {
        String lower = log.toLowerCase(Locale.ROOT);
        for (String warning : NO_JIT_WARNINGS) {
            assertFalse(lower.contains(warning), () -> "the engine runs without the JIT ('" + warning + "'):\n" + tail(log));
        }
    }

    private static String tail(String log) {
        return log.length() <= 6000 ? log : "..." + log.substring(log.length() - 6000);
    }

    private static Pattern optDone(String name) {
        return Pattern.compile("opt done.*[^\\w<]" + Pattern.quote(name) + "[^\\w]");
    }

    @Test
    void engineHasTheJit() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log); Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            assertNotEquals("Interpreted", engine.getImplementationName(), "the Truffle fallback runtime is in use: no JIT");
            assertEquals(3, context.eval(PYRUST, "1 + 2").asLong());
        }
        assertNoJitWarning(text(log));
    }

    @Test
    void hotFunctionCalledFromALoopIsCompiled() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log); Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            String program = "def hot(n):\n    return n * 2 + 1\ntotal = 0\ni = 0\nwhile i < 100000:\n    total = total + hot(i)\n    i += 1\ntotal";
            // The sum of the first 100,000 odd numbers is 100,000 squared.
            assertEquals(10_000_000_000L, context.eval(PYRUST, program).asLong());
        }
        String trace = text(log);
        assertCompiled(trace, "hot()", optDone("hot"));
        assertNoJitWarning(trace);
    }

    @Test
    void longWhileLoopIsCompiledByOnStackReplacement() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log); Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            long n = 10_000_000;
            assertEquals(n * (n - 1) / 2, context.eval(PYRUST, LOOP + "loop(" + n + ")").asLong());
        }
        String trace = text(log);
        assertCompiled(trace, "the while loop of loop()", Pattern.compile("opt done.*OSR"));
        assertNoJitWarning(trace);
    }

    @Test
    void longModuleLevelLoopIsCompiledByOnStackReplacement() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log); Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            assertEquals(49_999_995_000_000L, context.eval(PYRUST, "s = 0\nfor i in range(10000000):\n    s += i\ns").asLong());
        }
        assertCompiled(text(log), "the for loop at module level", Pattern.compile("opt done.*OSR"));
    }

    @Test
    void recursiveFibIsCompiled() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = tracingEngine(log); Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            assertEquals(196_418, context.eval(PYRUST, FIB + "fib(27)").asLong());
        }
        String trace = text(log);
        assertCompiled(trace, "fib()", optDone("fib"));
        assertNoJitWarning(trace);
    }

    /**
     * The compiled loop runs at least 20 times faster per iteration than the interpreter
     * ({@code engine.Compilation=false}). Each is measured on its own engine, best of a few runs after a
     * warm-up; the interpreted runs are shorter to keep the suite fast.
     */
    @Test
    void compiledLoopIsAtLeastTwentyTimesFasterThanTheInterpreter() {
        long compiledIterations = 10_000_000;
        long interpretedIterations = 1_000_000;
        double compiled = bestNanosPerIteration(true, compiledIterations, 3);
        double interpreted = bestNanosPerIteration(false, interpretedIterations, 2);
        double speedup = interpreted / compiled;
        System.out.printf(Locale.ROOT, "JitTest: interpreted %.2f ns/iteration, compiled %.3f ns/iteration, speed-up %.1fx%n", interpreted, compiled, speedup);
        assertTrue(speedup >= 20, () -> String.format(Locale.ROOT, "compiled %.3f ns/iteration vs interpreted %.2f ns/iteration: only %.1fx faster",
                        compiled, interpreted, speedup));
    }

    private static double bestNanosPerIteration(boolean compile, long iterations, int runs) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = Engine.newBuilder(PYRUST).allowExperimentalOptions(true).option("engine.Compilation", String.valueOf(compile))
                        .option("engine.WarnInterpreterOnly", "false").logHandler(log).build()) {
            Source program = Source.create(PYRUST, LOOP + "loop(" + iterations + ")");
            long expected = iterations * (iterations - 1) / 2;
            try (Context warmUp = Context.newBuilder(PYRUST).engine(engine).build()) {
                // Warms up the host JIT for the interpreter too, which makes the comparison fairer to it.
                assertEquals(expected, warmUp.eval(program).asLong());
            }
            long best = Long.MAX_VALUE;
            for (int run = 0; run < runs; run++) {
                try (Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
                    long start = System.nanoTime();
                    long result = context.eval(program).asLong();
                    long elapsed = System.nanoTime() - start;
                    assertEquals(expected, result);
                    best = Math.min(best, elapsed);
                }
            }
            return (double) best / iterations;
        }
    }
}
