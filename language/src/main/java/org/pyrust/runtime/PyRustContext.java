package org.pyrust.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Per-context state: the globals, the output streams and the --profile figures. Nodes find it in their
 * frame ({@code PyRustRootNode.context}); the language creates it and reads the options for it, so this
 * class knows nothing of the language class.
 */
public final class PyRustContext {

    private final Globals globals;
    private final java.io.BufferedReader in;
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
    private final BuiltinLookup builtins;

    /** {@code profileFormat} is empty (no --profile), "table" or "json", as the option's validator allows. */
    public PyRustContext(Globals globals, java.io.InputStream in, OutputStream out, OutputStream err, String profileFormat, int recursionLimit,
                    BuiltinLookup builtins) {
        this.in = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        this.builtins = builtins;
        this.globals = globals;
        this.out = out;
        this.err = err;
        this.profileFormat = profileFormat;
        this.stageTimes = profileFormat.isEmpty() ? null : new StageTimes();
        this.recursionLimit = recursionLimit;
    }

    /** How code without a frame (builtins calling back into PyRust) finds the current context. */
    private static TruffleLanguage.ContextReference<PyRustContext> reference;

    /** Called once by the language, which owns the reference. */
    public static void setReference(TruffleLanguage.ContextReference<PyRustContext> contextReference) {
        reference = contextReference;
    }

    public static PyRustContext current() {
        return reference.get(null);
    }

    public Globals getGlobals() {
        return globals;
    }

    /** What calling {@code type} runs, or null when the type cannot be called. */
    @TruffleBoundary
    public PyRustFunction constructor(PythonType type) {
        return builtins.constructor(type);
    }

    /** The method {@code name} of a value of {@code type}: the first along its MRO, or null. */
    @TruffleBoundary
    public PyRustFunction method(PythonType type, String name) {
        for (PythonType t = type; t != null; t = t.getBase()) {
            PyRustFunction m = builtins.method(t, name);
            if (m != null) {
                return m;
            }
        }
        return null;
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

    /** One line of standard input without its line end ({@code input()}), or null at the end. */
    @TruffleBoundary
    public String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            return null;
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
