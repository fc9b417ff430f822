package org.pyrust.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stopping a PyRust program that never ends, from Java: cancelling, resource limits and interrupts. */
class InterruptTest {

    private static final String PYRUST = "pyrust";
    /** How long a test waits for a guest that should have stopped; a hang fails instead of blocking the suite. */
    private static final long GUARD_MILLIS = 20_000;

    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.newBuilder(PYRUST).build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close(true);
    }

    /** A thread evaluating {@code code} in {@code context}; {@link #failure()} is what the eval threw. */
    private static final class Guest extends Thread {
        private final Context context;
        private final String code;
        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile boolean returned;

        Guest(Context context, String code) {
            super("pyrust-guest");
            this.context = context;
            this.code = code;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                started.countDown();
                context.eval(PYRUST, code);
                returned = true;
            } catch (Throwable t) {
                failure.set(t);
            }
        }

        /** Starts the guest and waits until it has been running its loop for a while. */
        Guest launch() throws InterruptedException {
            start();
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(300);
            assertTrue(isAlive(), () -> "the infinite loop ended by itself: returned=" + returned + ", failure=" + failure.get());
            return this;
        }

        PolyglotException awaitPolyglotException() throws InterruptedException {
            return awaitPolyglotException(GUARD_MILLIS);
        }

        PolyglotException awaitPolyglotException(long guardMillis) throws InterruptedException {
            join(guardMillis);
            if (isAlive()) {
                // Do not leave it spinning for the rest of the suite.
                try {
                    context.close(true);
                } catch (PolyglotException e) {
                    // cancelled, as intended
                }
                join(GUARD_MILLIS);
                fail("the guest did not stop within " + guardMillis + " ms: " + code.replace("\n", "\\n"));
            }
            assertFalse(returned, "the infinite loop returned normally");
            Throwable t = failure.get();
            assertTrue(t instanceof PolyglotException, () -> "expected a PolyglotException, got " + t);
            return (PolyglotException) t;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"while True:\n    pass", "while True:\n    x = 1", "def spin():\n    while 1:\n        pass\nspin()",
                    "def f(n):\n    while True:\n        n = n + 1\nf(0)", "x = 0\nwhile True:\n    x += 1\n    if x > 1000:\n        x = 0"})
    void closeCancelledFromAnotherThread(String program) throws InterruptedException {
        Context context = Context.newBuilder(PYRUST).engine(engine).build();
        Guest guest = new Guest(context, program).launch();
        context.close(true);
        PolyglotException e = guest.awaitPolyglotException();
        assertTrue(e.isCancelled(), () -> "not cancelled: " + e);
        assertFalse(e.isInternalError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"while True:\n    x = 1", "while True:\n    pass", "x = 0\nwhile True:\n    x += 1", "for i in range(9223372036854775807):\n    pass",
                    "def f():\n    return f()\ni = 0\nwhile True:\n    i += 1"})
    void statementLimit(String program) throws InterruptedException {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(100_000, null).build();
        Context context = Context.newBuilder(PYRUST).resourceLimits(limits).build();
        try {
            Guest guest = new Guest(context, program);
            guest.start();
            // 100,000 statements take milliseconds: a shorter guard keeps a failure cheap.
            PolyglotException e = guest.awaitPolyglotException(10_000);
            assertTrue(e.isResourceExhausted(), () -> "not resource-exhausted: " + e);
            assertFalse(e.isInternalError());
        } finally {
            closeExhausted(context);
        }
    }

    /** A context whose limit was exceeded is cancelled: closing it reports that again, which is expected. */
    private static void closeExhausted(Context context) {
        try {
            context.close(true);
        } catch (PolyglotException e) {
            assertTrue(e.isResourceExhausted() || e.isCancelled(), () -> "closing failed: " + e);
        }
    }

    @Test
    void statementLimitLetsShortProgramsRun() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(1_000, null).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder(PYRUST).resourceLimits(limits).out(out).build()) {
            assertEquals(45, context.eval(PYRUST, "s = 0\nfor i in range(10):\n    s += i\nprint(s)\ns").asLong());
            assertEquals("45\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void interruptWithTimeout() throws InterruptedException, TimeoutException {
        try (Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            context.eval(PYRUST, "count = 0");
            Guest guest = new Guest(context, "while True:\n    count += 1").launch();
            context.interrupt(Duration.ofSeconds(20));
            PolyglotException e = guest.awaitPolyglotException();
            assertTrue(e.isInterrupted(), () -> "not interrupted: " + e);
            assertFalse(e.isCancelled());
            assertFalse(e.isInternalError());
            // The context is not closed by an interrupt: it keeps its globals and runs the next program.
            assertEquals(2, context.eval(PYRUST, "1 + 1").asLong());
            assertTrue(context.eval(PYRUST, "count").asLong() > 0, "the loop ran before it was interrupted");
        }
    }

    @Test
    void interruptInsideDeepRecursionAndCalls() throws InterruptedException, TimeoutException {
        try (Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            String program = "def work(n):\n    if n == 0:\n        return 0\n    return work(n - 1) + 1\nwhile True:\n    work(100)";
            Guest guest = new Guest(context, program).launch();
            context.interrupt(Duration.ofSeconds(20));
            PolyglotException e = guest.awaitPolyglotException();
            assertTrue(e.isInterrupted(), () -> "not interrupted: " + e);
            assertEquals(100, context.eval(PYRUST, "work(100)").asLong());
        }
    }

    @Test
    void interruptWithoutRunningCodeReturns() throws TimeoutException {
        try (Context context = Context.newBuilder(PYRUST).engine(engine).build()) {
            context.interrupt(Duration.ofSeconds(5));
            assertEquals(3, context.eval(PYRUST, "1 + 2").asLong());
        }
    }
}
