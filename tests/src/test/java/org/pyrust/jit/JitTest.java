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
import org.junit.jupiter.api.Test;

/**
 * PyRust runs on the Graal JIT (surefire passes the JVMCI flags, see the parent pom): hot functions and
 * long loops are compiled. How much faster compiled code runs is measured, not asserted: PERFORMANCE.md
 * (the interpreter alone is {@code -Dpolyglot.engine.Compilation=false}).
 */
class JitTest {

    private static final String PYRUST = "pyrust";

    /** A loop in a function that is called once, so only on-stack replacement can compile it. */
    private static final String LOOP = "def loop(n):\n    i = 0\n    s = 0\n    while i < n:\n        s += i\n        i += 1\n    return s\n";

    private static final String FIB = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";

    /** What Truffle prints when it runs without a compiler (the fallback runtime). */
    private static final List<String> NO_JIT_WARNINGS = List.of("fallback", "interpreter-only", "interpreter only",
                    "does not support runtime compilation");

    /**
     * An engine that traces compilations into {@code log}, synchronously (the compilation is done when the
     * call that triggered it returns) and in one tier (one compilation per function: a cold Graal takes
     * seconds per compilation on this machine).
     */
    private static Engine tracingEngine(ByteArrayOutputStream log) {
        return Engine.newBuilder(PYRUST)
                        .allowExperimentalOptions(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.MultiTier", "false")
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

    /**
     * Without the JIT, Truffle uses its fallback runtime: the engine is then called "Interpreted" and logs
     * "[engine] WARNING: The polyglot engine uses a fallback runtime that does not support runtime
     * compilation to native code." (checked by hand, running without the JVMCI flags). This engine sets no
     * compiler option, which the fallback runtime would reject before it could warn.
     */
    @Test
    void engineHasTheJit() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String implementation;
        try (Engine engine = Engine.newBuilder(PYRUST).option("engine.WarnInterpreterOnly", "true").logHandler(log).err(log).build();
                        Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            implementation = engine.getImplementationName();
            assertEquals(3, context.eval(PYRUST, "1 + 2").asLong());
        }
        assertNoJitWarning(text(log));
        assertNotEquals("Interpreted", implementation, "the Truffle fallback runtime is in use: no JIT");
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
     * Code the compiler cannot compile runs interpreted for good, silently: a comprehension whose dict
     * branch called a null child let the frame escape, and {@code range()}'s error message (a string
     * concatenation) inlined without end; both failed every compilation. Here comprehensions of every kind
     * and hot builtins must compile, each at its first call, with no compilation failing.
     */
    @Test
    void comprehensionsAndBuiltinsCompile() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String program = "def run(n):\n    xs = [i * 2 for i in range(n) if i % 3]\n    s = {x % 7 for x in xs}\n"
                        + "    d = {x: i for i, x in enumerate(xs)}\n    return len(xs) + len(s) + len(d) + sum(x for x in range(n))\n"
                        + "total = 0\nfor k in range(3):\n    total += run(100)\ntotal";
        try (Engine engine = Engine.newBuilder(PYRUST).allowExperimentalOptions(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.CompileImmediately", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.MultiTier", "false")
                        .logHandler(log).err(log).out(log).build();
                        Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            assertEquals(3 * (66 + 7 + 66 + 4950), context.eval(PYRUST, program).asLong());
        }
        String trace = text(log);
        for (String root : List.of("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>", "run")) {
            assertCompiled(trace, root, optDone(root));
        }
        assertFalse(trace.contains("opt failed"), () -> "a compilation failed:\n" + tail(trace));
        assertNoJitWarning(trace);
    }
}
