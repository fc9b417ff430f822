package org.pyrust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs a PyRust program in-process through the polyglot API and reports what the launcher
 * ({@code pyrust -c CODE}) would: the exit status, standard output and the first line of standard error.
 *
 * <p>Every run gets a fresh context (fresh globals) on one engine shared by the whole test JVM, so that
 * running hundreds of programs stays fast. Like the launcher, the program runs on a thread with a 2 GB
 * stack (reserved address space, committed only as used), so deep recursion behaves as it does there.
 */
public final class PyRustRunner {

    public static final String LANGUAGE = "pyrust";

    /** The launcher's guest thread stack (PyRustMain.GUEST_STACK_SIZE). */
    public static final long GUEST_STACK_SIZE = 2L << 30;

    /** A program that runs longer than this is cancelled and reported as a failure. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 60;

    private static volatile Engine sharedEngine;

    private PyRustRunner() {
    }

    /**
     * What running a program produced.
     *
     * @param exitCode 0 on success, 1 on any error (as the launcher's exit status)
     * @param stdout what the program printed, then {@code str(result)} without a newline when the result is
     *            not None; on an error, what it printed before failing
     * @param errorLine null on success; else the error's first line, {@code <Kind> at <line>:<col>: <message>}
     *            ({@code PolyglotException.getMessage()}) for a PyRust error. Anything that is not a proper
     *            guest error (an internal error, a host exception, a timeout) is reported with a prefix
     *            {@code "internal error: "}, {@code "host exception: "} or {@code "timeout: "}, so that it
     *            never equals an expected PyRust error line.
     */
    public record Outcome(int exitCode, String stdout, String errorLine) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code program} as {@code pyrust -c program} would. */
    public static Outcome run(String program) {
        return run(program, "<string>");
    }

    /** Runs {@code program}; {@code name} is the source name (a file name, or {@code <string>}). */
    public static Outcome run(String program, String name) {
        return run(engine(), program, name, DEFAULT_TIMEOUT_SECONDS);
    }

    /** The engine {@link #run(String)} uses; contexts of it are independent of each other. */
    public static Engine engine() {
        Engine engine = sharedEngine;
        if (engine == null) {
            synchronized (PyRustRunner.class) {
                engine = sharedEngine;
                if (engine == null) {
                    engine = Engine.newBuilder(LANGUAGE).build();
                    sharedEngine = engine;
                }
            }
        }
        return engine;
    }

    /** Runs {@code program} in a new context of {@code engine}, cancelling it after {@code timeoutSeconds}. */
    public static Outcome run(Engine engine, String program, String name, long timeoutSeconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Source source = Source.newBuilder(LANGUAGE, program, name).buildLiteral();
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        try (Context context = Context.newBuilder(LANGUAGE).engine(engine).out(out).err(err).build()) {
            Thread guest = new Thread(null, () -> outcome.set(evaluate(context, source, out)), "pyrust-test-guest", GUEST_STACK_SIZE);
            guest.start();
            try {
                guest.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
                if (guest.isAlive()) {
                    context.close(true);
                    guest.join();
                    return new Outcome(1, text(out), "timeout: the program ran longer than " + timeoutSeconds + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context.close(true);
                throw new IllegalStateException("interrupted while running a PyRust program", e);
            }
        }
        return outcome.get();
    }

    private static Outcome evaluate(Context context, Source source, ByteArrayOutputStream out) {
        try {
            Value result = context.eval(source);
            String shown = "";
            if (!result.isNull()) {
                // As the launcher prints a result: str() of it, no newline.
                shown = result.isString() ? result.asString() : result.toString();
            }
            return new Outcome(0, text(out) + shown, null);
        } catch (PolyglotException e) {
            return new Outcome(1, text(out), describe(e));
        } catch (Throwable e) {
            return new Outcome(1, text(out), "host exception: " + e);
        }
    }

    /** The error line of a PolyglotException, marked when it is not a proper PyRust error. */
    public static String describe(PolyglotException e) {
        if (e.isInternalError()) {
            return "internal error: " + e.getMessage();
        } else if (e.isHostException()) {
            return "host exception: " + e.asHostException();
        } else if (e.isCancelled() || e.isInterrupted()) {
            return "timeout: " + e.getMessage();
        } else if (!e.isGuestException()) {
            return "internal error: not a guest exception: " + e.getMessage();
        }
        return e.getMessage();
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
