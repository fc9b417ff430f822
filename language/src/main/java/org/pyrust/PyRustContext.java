package org.pyrust;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.pyrust.runtime.GlobalScope;
import org.pyrust.runtime.Globals;
import org.pyrust.runtime.StageTimes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

/** Per-context state: the globals, the output stream and the --profile figures. */
public final class PyRustContext {

    private static final ContextReference<PyRustContext> REFERENCE = ContextReference.create(PyRustLanguage.class);

    private final TruffleLanguage.Env env;
    private final Globals globals;
    private final GlobalScope globalScope;
    private final OutputStream out;
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

    PyRustContext(PyRustLanguage language, TruffleLanguage.Env env) {
        this.env = env;
        this.globals = new Globals(language.getGlobalNames());
        this.globalScope = new GlobalScope(globals, language.getBuiltins());
        this.out = env.out();
        this.profileFormat = env.getOptions().get(PyRustOptions.Profile); // checked when the option was set
        this.stageTimes = profileFormat.isEmpty() ? null : new StageTimes();
        this.recursionLimit = env.getOptions().get(PyRustOptions.RecursionLimit);
    }

    public static PyRustContext get(Node node) {
        return REFERENCE.get(node);
    }

    public Globals getGlobals() {
        return globals;
    }

    GlobalScope getGlobalScope() {
        return globalScope;
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

    void reportStageTimes() {
        if (stageTimes != null) {
            PrintStream err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
            err.print(profileFormat.equals("json") ? stageTimes.toJson() : stageTimes.toTable());
            err.flush();
        }
    }
}
