package org.pyrust.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * PyRust declares the CONSTRAINED sandbox policy: an embedder that runs untrusted-but-not-hostile code
 * with {@code Context.newBuilder("pyrust").sandbox(SandboxPolicy.CONSTRAINED)} gets a working context, with
 * the policy's own requirements enforced by the polyglot API. The stricter policies need a native-image
 * isolate, which PyRust is not built as.
 */
class SandboxTest {

    private static final String PYRUST = "pyrust";

    private static Context.Builder constrained(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Context.newBuilder(PYRUST).sandbox(SandboxPolicy.CONSTRAINED).out(out).err(err);
    }

    @Test
    void constrainedContextRunsProgramsAndReportsErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = constrained(out, err).build()) {
            Value result = context.eval(PYRUST, "def f(n):\n    return n * 2\nprint('hi', f(21))\nf(5)");
            assertEquals(10, result.asLong());
            assertEquals("hi 42\n", out.toString(StandardCharsets.UTF_8));
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "1 / 0"));
            assertEquals("RuntimeError at 1:1: Division by zero", e.getMessage());
            assertTrue(e.isGuestException());
            // Guest functions stay callable from the host.
            assertEquals(8, context.getBindings(PYRUST).getMember("f").execute(4).asLong());
        }
    }

    /** A statement limit stops a runaway comprehension as it stops a loop: its step is a statement. */
    @Test
    void statementLimitStopsARunawayComprehension() {
        org.graalvm.polyglot.ResourceLimits limits = org.graalvm.polyglot.ResourceLimits.newBuilder().statementLimit(100_000, null).build();
        Context context = Context.newBuilder(PYRUST).resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "xs = [x * 2 for x in range(10 ** 9)]"));
        assertTrue(e.isResourceExhausted(), e.getMessage());
        // A context stopped by its limit reports that again when it is closed.
        PolyglotException onClose = assertThrows(PolyglotException.class, context::close);
        assertTrue(onClose.isResourceExhausted() || onClose.isCancelled(), onClose.getMessage());
    }

    @Test
    void languageOptionsAreAvailableUnderTheConstrainedPolicy() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = constrained(out, err).option("pyrust.RecursionLimit", "50").option("pyrust.Profile", "json").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(PYRUST, "def f(n):\n    return f(n + 1)\nf(0)"));
            assertEquals("RuntimeError at 2:12: maximum recursion depth exceeded", e.getMessage());
            assertEquals(51, java.util.stream.StreamSupport.stream(e.getPolyglotStackTrace().spliterator(), false).filter(PolyglotException.StackFrame::isGuestFrame).count());
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"lex\""), "the profile goes to the redirected error stream: " + err);
    }

    @Test
    void constrainedEngineIsSharedByContexts() {
        try (Engine engine = Engine.newBuilder(PYRUST).sandbox(SandboxPolicy.CONSTRAINED).out(new ByteArrayOutputStream())
                        .err(new ByteArrayOutputStream()).build()) {
            for (int i = 0; i < 3; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (Context context = Context.newBuilder(PYRUST).engine(engine).sandbox(SandboxPolicy.CONSTRAINED).out(out)
                                .err(new ByteArrayOutputStream()).build()) {
                    context.eval(PYRUST, "x = " + i + "\nprint(x * 10)");
                    assertEquals(i * 10 + "\n", out.toString(StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void constrainedPolicyRequiresRedirectedOutput() {
        // The polyglot API's own check: under CONSTRAINED, guest output may not reach the process's stdout.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Context.newBuilder(PYRUST).sandbox(SandboxPolicy.CONSTRAINED).build().close());
        assertTrue(e.getMessage().contains("CONSTRAINED"), e.getMessage());
    }

    @Test
    void isolatedPolicyIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Context.newBuilder(PYRUST).sandbox(SandboxPolicy.ISOLATED).out(out).err(out).build().close());
        assertTrue(e.getMessage().contains("ISOLATED"), e.getMessage());
    }
}
