package org.pyrust.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Per-context state: the globals, the output streams and the --profile figures. Nodes find it in their
 * frame ({@code PyRustRootNode.context}); the language creates it and reads the options for it, so this
 * class knows nothing of the language class.
 */
public final class PyRustContext {

    private final Globals globals;
    private final OutputStream out;
    private final OutputStream err;
    /** Null unless the pyrust.Profile option is set. */
    private final StageTimes stageTimes;
    private final String profileFormat;
    /** How deep calls may nest (the pyrust.RecursionLimit option). */
    public final int recursionLimit;
    /**
     * Calls now active in this context (it runs on one thread at a time). A field rather than methods:
     * call nodes update it even when the stack is nearly exhausted, where a method call could overflow.
     */
    public int callDepth;
    /** The builtin function that makes instances of each built-in type ({@code list(...)}, {@code float(...)}). */
    private final java.util.function.Function<PythonType, PyRustFunction> constructors;

    /** {@code profileFormat} is empty (no --profile), "table" or "json", as the option's validator allows. */
    public PyRustContext(Globals globals, OutputStream out, OutputStream err, String profileFormat, int recursionLimit,
                    java.util.function.Function<PythonType, PyRustFunction> constructors) {
        this.constructors = constructors;
        this.globals = globals;
        this.out = out;
        this.err = err;
        this.profileFormat = profileFormat;
        this.stageTimes = profileFormat.isEmpty() ? null : new StageTimes();
        this.recursionLimit = recursionLimit;
    }

    public Globals getGlobals() {
        return globals;
    }

    /** What calling {@code type} runs, or null when the type cannot be called. */
    @TruffleBoundary
    public PyRustFunction constructor(PythonType type) {
        return constructors.apply(type);
    }

    public StageTimes getStageTimes() {
        return stageTimes;
    }

    /** Writes one piece of program output; each print is one write, so nothing is lost when an error follows. */
    @TruffleBoundary
    public void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // Like CPython writing to a closed pipe, there is nowhere to report this; the program goes on.
        }
    }

    /** Writes the --profile figures to the error stream, if they were asked for. */
    public void reportStageTimes() {
        if (stageTimes != null) {
            PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
            stream.print(profileFormat.equals("json") ? stageTimes.toJson() : stageTimes.toTable());
            stream.flush();
        }
    }
}
