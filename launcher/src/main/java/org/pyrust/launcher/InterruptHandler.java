package org.pyrust.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jline.utils.Signals;

/**
 * What Ctrl-C (SIGINT) does. While guest code runs, it interrupts the context ({@link Context#interrupt}):
 * the guest stops at its next safepoint and {@code eval} throws a PolyglotException that
 * {@code isInterrupted()}. The context stays usable, so the REPL goes on, and a program's context is
 * still closed normally. If the guest has not stopped after {@link #GRACE}, on a second Ctrl-C, or when
 * no guest code runs and {@code exitWhenIdle} is set, the process ends at once with status 130.
 *
 * <p>The handler runs on a thread of its own (the JVM starts one per signal), never on the guest thread,
 * as {@code Context.interrupt} requires.
 */
final class InterruptHandler {

    static final Duration GRACE = Duration.ofSeconds(3);

    private final Stdout stdout;
    private final PrintStream err;
    private final boolean exitWhenIdle;

    /** The context while {@link #eval} runs guest code in it, else null. */
    private volatile Context running;
    /** Counts calls of {@link #eval}, so that waiting for one eval to end is not fooled by the next. */
    private volatile long evals;
    private volatile boolean requested;

    /**
     * @param exitWhenIdle whether Ctrl-C outside {@link #eval} ends the process (running a program), or is
     *     ignored (the REPL, where the line reader handles Ctrl-C while it waits for input)
     */
    InterruptHandler(Stdout stdout, PrintStream err, boolean exitWhenIdle) {
        this.stdout = stdout;
        this.err = err;
        this.exitWhenIdle = exitWhenIdle;
    }

    /**
     * Makes SIGINT call {@link #interrupt} instead of ending the JVM. JLine's Signals reaches
     * sun.misc.Signal reflectively, which spares us javac's internal-API warnings.
     */
    void installSignalHandler() {
        Signals.register("INT", this::interrupt);
    }

    /** Evaluates {@code source}, interruptible by {@link #interrupt}. */
    Value eval(Context context, Source source) {
        requested = false;
        evals++; // only the guest thread writes it
        running = context;
        try {
            return context.eval(source);
        } finally {
            running = null;
        }
    }

    /** Whether Ctrl-C was pressed during the last {@link #eval}. */
    boolean wasInterrupted() {
        return requested;
    }

    void interrupt() {
        long eval = evals;
        Context context = running;
        if (context == null) {
            if (exitWhenIdle) {
                exitNow();
            }
            return;
        }
        if (requested) {
            exitNow(); // the second Ctrl-C: the user does not want to wait
        }
        requested = true;
        try {
            context.interrupt(GRACE);
        } catch (TimeoutException | RuntimeException e) {
            exitNow(); // the guest did not reach a safepoint in time, or the context is being closed
        }
        // Context.interrupt returns at once when the guest had not yet entered the context; if so, eval
        // is still running: give it the same grace and then end the process.
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (stillRunning(context, eval) && System.nanoTime() < deadline) {
            sleepBriefly();
        }
        if (stillRunning(context, eval)) {
            exitNow();
        }
    }

    private boolean stillRunning(Context context, long eval) {
        return running == context && evals == eval;
    }

    private void exitNow() {
        stdout.flush();
        err.println("KeyboardInterrupt");
        err.flush();
        Runtime.getRuntime().halt(PyRustMain.EXIT_INTERRUPTED);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
