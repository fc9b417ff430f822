package org.pyrust.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One polyglot context running PyRust code for the launcher: creating it from the command-line options,
 * evaluating sources, printing results, turning failures into reports and exit statuses, and closing it.
 * Used once by a program run and once per statement by the REPL.
 */
final class GuestSession {

    private final Context context;
    private final Stdout stdout;
    private final PrintStream err;
    private final InterruptHandler interrupts;

    private GuestSession(Context context, Stdout stdout, PrintStream err, InterruptHandler interrupts) {
        this.context = context;
        this.stdout = stdout;
        this.err = err;
        this.interrupts = interrupts;
    }

    /**
     * A context for PyRust with the launcher's streams, the pass-through polyglot options and the profile
     * option. An option the engine does not accept is a {@link UsageException}.
     */
    static GuestSession open(LauncherOptions options, Stdout stdout, PrintStream err, InterruptHandler interrupts) {
        // No language list in newBuilder(): an option error is then always an IllegalArgumentException
        // about the option, and a missing language is detected separately below.
        Context.Builder builder = Context.newBuilder()
                .in(System.in)
                .out(stdout)
                .err(err)
                .allowExperimentalOptions(true)
                .options(options.polyglotOptions);
        if (options.profileMode() != null) {
            builder.option("pyrust.Profile", options.profileMode());
        }
        Context context;
        try {
            context = builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(options.invalidOptionMessage(e));
        }
        if (!context.getEngine().getLanguages().containsKey(ProgramSource.LANGUAGE)) {
            context.close();
            throw new IllegalStateException("the PyRust language (id '" + ProgramSource.LANGUAGE
                    + "') is not on the class path; rebuild with scripts/pyrust or mvn -pl launcher -am package");
        }
        return new GuestSession(context, stdout, err, interrupts);
    }

    Engine engine() {
        return context.getEngine();
    }

    /** Evaluates {@code source}; Ctrl-C interrupts it. A failure is a PolyglotException. */
    Value eval(Source source) {
        return interrupts.eval(context, source);
    }

    /**
     * Writes a program's result as str() shows it, with no newline after it; or, for the REPL
     * ({@code interactive}), as repr() shows it and with a newline. Nothing for None.
     */
    void printResult(Value result, boolean interactive) {
        if (result.isNull()) {
            return;
        }
        // The language's display string is repr(), which is also str() for every value but a string.
        String text = result.isString() && !interactive ? result.asString() : result.toString();
        writeUtf8(interactive ? text + "\n" : text);
    }

    /** Characters encoded in pieces: the UTF-8 of a string of a billion chars would not fit in one array. */
    private void writeUtf8(String text) {
        int piece = 1 << 20;
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + piece);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a surrogate pair
            }
            byte[] bytes = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
            stdout.write(bytes, 0, bytes.length);
            start = end;
        }
    }

    /**
     * Reports a failure of {@link #eval} (or of printing its result) on standard error, after everything
     * the program printed, and returns the exit status it calls for.
     */
    int report(PolyglotException e) {
        stdout.flush();
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInterrupted() || e.isCancelled()) {
            err.println("KeyboardInterrupt");
            return PyRustMain.EXIT_INTERRUPTED;
        }
        if (e.isResourceExhausted()) { // e.g. a Java stack overflow the language did not turn into a RuntimeError
            err.println("pyrust: " + e.getMessage());
            return PyRustMain.EXIT_ERROR;
        }
        if (e.isGuestException() && !e.isInternalError()) {
            ErrorReport.printGuestError(e, err);
            return PyRustMain.EXIT_ERROR;
        }
        ErrorReport.printInternalError(e, err);
        return PyRustMain.EXIT_ERROR;
    }

    /**
     * Closes the context normally (not cancelled), also after an error, because the language writes the
     * --profile report when its context closes. Returns {@code status}, or 1 if closing fails.
     */
    int close(int status) {
        stdout.flush();
        try {
            context.close();
        } catch (PolyglotException e) {
            int closeStatus = report(e);
            return status == PyRustMain.EXIT_OK ? closeStatus : status;
        } finally {
            stdout.flush();
        }
        return status;
    }
}
