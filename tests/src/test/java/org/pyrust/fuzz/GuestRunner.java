package org.pyrust.fuzz;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.pyrust.PyRustRunner;

/**
 * Runs generated programs in-process through the polyglot API, each in a fresh context of one shared
 * engine (a context is cheap, an engine is not), and records everything the invariants look at.
 *
 * <p>Each context has a statement limit, so that a loop that runs long ends quickly and reproducibly
 * (the limit counts statements, not time). A context whose limit was reached is cancelled and unusable:
 * that is why each program gets a context of its own. A wall-clock watchdog catches what the limit
 * cannot, a hang outside statements; its bound is far beyond what any program here needs.
 */
final class GuestRunner implements AutoCloseable {

    static final String LANGUAGE = "pyrust";

    /** Enough for every bounded loop and recursion of a generated program; a few milliseconds to reach. */
    static final long STATEMENT_LIMIT = 10_000;

    /** How deep calls may nest (the pyrust.RecursionLimit option). */
    static final int RECURSION_LIMIT = 1000;

    /** A program still running after this is hung. Generous: programs take milliseconds. */
    static final long WATCHDOG_SECONDS = 20;

    /** What a run produced; exactly one of {@code result} and {@code error} is set unless it hung or broke. */
    record Run(String program, String result, Throwable error, Throwable afterError, boolean hung, StackTraceElement[] hungAt, String output) {

        PolyglotException polyglotError() {
            return error instanceof PolyglotException e ? e : null;
        }
    }

    private final Engine engine;
    private final ResourceLimits limits;

    GuestRunner() {
        // A recursion limit far below the default 20,000, so that generated programs reach it within
        // the statement limit (Programs.deepRecursion).
        this.engine = Engine.newBuilder(LANGUAGE).option("pyrust.RecursionLimit", Integer.toString(RECURSION_LIMIT))
                        .build();
        // One ResourceLimits for every context: all contexts of one engine must share the same limits.
        this.limits = ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build();
    }

    Run run(String program) {
        CappedOutput output = new CappedOutput();
        Source source = Source.newBuilder(LANGUAGE, program, "fuzz.py").buildLiteral();
        Context context = Context.newBuilder(LANGUAGE).engine(engine).out(output).err(output).resourceLimits(limits).build();
        AtomicReference<Run> finished = new AtomicReference<>();
        Thread guest = new Thread(null, () -> finished.set(evaluate(context, source, program, output)), "fuzz-guest", PyRustRunner.GUEST_STACK_SIZE);
        guest.setDaemon(true);
        guest.start();
        try {
            guest.join(TimeUnit.SECONDS.toMillis(WATCHDOG_SECONDS));
            if (guest.isAlive()) {
                StackTraceElement[] at = guest.getStackTrace();
                closeQuietly(context, true);
                // A thread that does not even stop when its context is cancelled is left behind (it is a
                // daemon); the failure report says so through the stack trace.
                guest.join(TimeUnit.SECONDS.toMillis(WATCHDOG_SECONDS));
                return new Run(program, null, null, null, true, at, output.text());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(context, true);
            throw new IllegalStateException("interrupted while running a generated program", e);
        }
        closeQuietly(context, false);
        return finished.get();
    }

    /**
     * On the guest thread: the program, then, after a guest error, a simple program in the same context,
     * which must still work. Its statement count restarts so that the check cannot hit the limit.
     */
    private static Run evaluate(Context context, Source source, String program, CappedOutput output) {
        try {
            Value value = context.eval(source);
            return new Run(program, value.toString(), null, null, false, null, output.text());
        } catch (Throwable e) {
            Throwable afterError = null;
            if (e instanceof PolyglotException p && p.isGuestException() && !p.isCancelled() && !p.isResourceExhausted()) {
                try {
                    context.resetLimits();
                    long two = context.eval(LANGUAGE, "1 + 1").asLong();
                    if (two != 2) {
                        afterError = new AssertionError("1 + 1 gave " + two);
                    }
                } catch (Throwable t) {
                    afterError = t;
                }
            }
            return new Run(program, null, e, afterError, false, null, output.text());
        }
    }

    /** A context whose limit was reached, or that was cancelled, reports that again when closed. */
    private static void closeQuietly(Context context, boolean cancel) {
        try {
            context.close(cancel);
        } catch (PolyglotException e) {
            if (!e.isCancelled() && !e.isResourceExhausted()) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    /**
     * The program's output, of which only the start is kept: the invariants do not need it, and a
     * program printing in a long loop should not fill the heap.
     */
    static final class CappedOutput extends OutputStream {

        private static final int CAPACITY = 16 * 1024;
        private final byte[] kept = new byte[CAPACITY];
        private int size;

        @Override
        public synchronized void write(int b) {
            if (size < CAPACITY) {
                kept[size++] = (byte) b;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int n = Math.min(len, CAPACITY - size);
            System.arraycopy(b, off, kept, size, n);
            size += n;
        }

        synchronized String text() {
            return new String(kept, 0, size, StandardCharsets.UTF_8);
        }
    }
}
