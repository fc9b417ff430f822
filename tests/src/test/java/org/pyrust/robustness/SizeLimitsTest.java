package org.pyrust.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.pyrust.PyRustRunner;
import org.pyrust.PyRustRunner.Outcome;

/**
 * Sizes and counts that pass through a Java {@code int} are exact or a clear error, never a wrong
 * number: string lengths at and past PyRust's limit of 2^29 - 1024 code points, repetition counts past
 * any int, and messages that quote a huge argument. The long strings here are built by lazy
 * concatenation or in one byte a character, so that no test needs gigabytes.
 */
class SizeLimitsTest {

    private static final long MAX = (1L << 29) - 1024;

    /** A program that binds {@code s} to a string of 2^28 'a's and {@code rest} to one of 2^28 - 1024, lazily. */
    private static final String HALVES = """
                    s = "a" * 1024
                    rest = ""
                    for i in range(18):
                        rest = rest + s
                        s = s + s
                    """;

    private static void assertError(String program, String errorLine) {
        Outcome outcome = PyRustRunner.run(program);
        assertEquals(errorLine, outcome.errorLine(), outcome::toString);
    }

    @Test
    void concatenationUpToTheLimitIsExact() {
        Outcome outcome = PyRustRunner.run(HALVES + "print(len(s), len(rest), len(s + rest))");
        assertEquals((1L << 28) + " " + ((1L << 28) - 1024) + " " + MAX + "\n", outcome.stdout(), outcome::toString);
    }

    @Test
    void concatenationPastTheLimitIsAMemoryError() {
        // The program: with an int byte count it printed -536870912.
        assertError(HALVES + "t = s + s\nprint(len(t))",
                        "RuntimeError at 6:5: MemoryError: a string of 536870912 characters is longer than PyRust's limit of " + MAX);
        assertError(HALVES + "t = s + rest\nt + \"x\"",
                        "RuntimeError at 7:1: MemoryError: a string of 536869889 characters is longer than PyRust's limit of " + MAX);
    }

    @Test
    void repetitionPastTheLimitIsAMemoryErrorBeforeAnythingIsAllocated() {
        assertError("\"ab\" * 268434945", "RuntimeError at 1:1: MemoryError: a string of 2 * 268434945 characters is longer than PyRust's limit of " + MAX);
        assertError("x = 9223372036854775807 * \"abc\"",
                        "RuntimeError at 1:5: MemoryError: a string of 3 * 9223372036854775807 characters is longer than PyRust's limit of " + MAX);
        assertError("s = \"a\" * 1024\ns * 524288", "RuntimeError at 2:1: MemoryError: a string of 1024 * 524288 characters is longer than PyRust's limit of " + MAX);
    }

    @Test
    void repetitionOfNothingOrByNothingIsEmpty() {
        Outcome outcome = PyRustRunner.run("print(len(\"\" * 9223372036854775807), len(\"ab\" * (-9223372036854775807 - 1)), len(\"ab\" * 0))");
        assertEquals("0 0 0\n", outcome.stdout(), outcome::toString);
    }

    @Test
    void repetitionAtTheLimitIsExact() {
        Outcome outcome = PyRustRunner.run("print(len(\"a\" * " + MAX + "))");
        assertEquals(MAX + "\n", outcome.stdout(), outcome::toString);
    }

    @Test
    void longStringsPrintWhole() {
        // Past a million code points print writes in pieces; no piece may split a character.
        String program = "s = \"\uD83D\uDE00\u00e9x\" * 1000000\nprint(\"<\", s, s, \">\")";
        Outcome outcome = PyRustRunner.run(program);
        String s = "\uD83D\uDE00\u00e9x".repeat(1_000_000);
        assertEquals("< " + s + " " + s + " >\n", outcome.stdout());
    }

    @Test
    void minAndMaxOfALongStringGoCodePointByCodePoint() {
        Outcome outcome = PyRustRunner.run("s = \"b\" * 3000000 + \"\\U0001F600\" + \"c\" * 3000000 + \"a\"\nprint(min(s), max(s), min(\"\\U0001F600\"))");
        assertEquals("a \uD83D\uDE00 \uD83D\uDE00\n", outcome.stdout(), outcome::toString);
    }

    @Test
    void messagesQuoteAHugeArgumentShortened() {
        // CPython cuts the quoted text after 200 characters; a message never holds a huge string.
        String quoted = ("'" + "x".repeat(199));
        assertError("int(\"x\" * 100000)", "RuntimeError at 1:1: ValueError: invalid literal for int() with base 10: " + quoted);
        assertError("int(\"9\" * 300)", "RuntimeError at 1:1: Integer overflow: int('" + "9".repeat(199) + ")");
        assertError("int(\"12\")\nint(\"1x\")", "RuntimeError at 2:1: ValueError: invalid literal for int() with base 10: '1x'");
    }

    @Test
    void javaStringLongerThanTheLimitIsRefused() {
        String tooLong = "a".repeat((int) MAX + 1);
        try (Context context = Context.create(PyRustRunner.LANGUAGE)) {
            context.eval(PyRustRunner.LANGUAGE, "def size(s):\n    return len(s)");
            // The polyglot API words this refusal itself ("Invalid member value ...").
            assertThrows(IllegalArgumentException.class, () -> context.getBindings(PyRustRunner.LANGUAGE).putMember("s", tooLong));
            RuntimeException argument = assertThrows(RuntimeException.class,
                            () -> context.getBindings(PyRustRunner.LANGUAGE).getMember("size").execute(tooLong));
            assertTrue(argument.getMessage().contains("a string of 536869889 characters"), argument.getMessage());
            assertEquals(MAX, context.getBindings(PyRustRunner.LANGUAGE).getMember("size").execute(tooLong.substring(1)).asLong());
        }
    }

    @Test
    void recursionLimitIsCheckedWhenTheContextIsBuilt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] wrong : new String[][] {{"1000000", "pyrust.RecursionLimit can be at most 100000, not 1000000"},
                        {"0", "pyrust.RecursionLimit must be at least 1, not 0"}, {"-5", "pyrust.RecursionLimit must be at least 1, not -5"},
                        {"lots", "pyrust.RecursionLimit must be a whole number, not 'lots'"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> Context.newBuilder(PyRustRunner.LANGUAGE).option("pyrust.RecursionLimit", wrong[0]).out(out).build().close());
            assertTrue(e.getMessage().contains(wrong[1]), e.getMessage());
        }
        IllegalArgumentException profile = assertThrows(IllegalArgumentException.class,
                        () -> Context.newBuilder(PyRustRunner.LANGUAGE).option("pyrust.Profile", "xml").build().close());
        assertTrue(profile.getMessage().contains("pyrust.Profile must be 'table' or 'json', not 'xml'"), profile.getMessage());
    }

    @Test
    void recursionAtTheLargestLimitEndsInARecursionError() throws InterruptedException {
        Thread thread = new Thread(null, () -> {
            try (Context context = Context.newBuilder(PyRustRunner.LANGUAGE).option("pyrust.RecursionLimit", "100000").build()) {
                PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PyRustRunner.LANGUAGE, "def f(n):\n    return f(n + 1)\nf(0)"));
                assertEquals("RuntimeError at 2:12: maximum recursion depth exceeded", e.getMessage());
                assertEquals(100_001, java.util.stream.StreamSupport.stream(e.getPolyglotStackTrace().spliterator(), false).filter(PolyglotException.StackFrame::isGuestFrame).count());
                // Within the limit, a depth of 99,999 returns normally.
                assertEquals(99_999L, context.eval(PyRustRunner.LANGUAGE, "def d(n):\n    if n == 0:\n        return 0\n    return d(n - 1) + 1\nd(99998) + 1").asLong());
            }
        }, "deep", PyRustRunner.GUEST_STACK_SIZE);
        Throwable[] failure = {null};
        thread.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }
}
