package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a function, as {@link ArgumentBinder} needs them to place keyword arguments, fill in
 * defaults and word CPython's errors. Shared by every function object a {@code def} makes; the default
 * values themselves are per object ({@link PyRustFunction}).
 *
 * <p>A PyRust function's frame receives, after the closure: the positional parameters, then the
 * {@code *args} tuple (if any), the keyword-only parameters, and the {@code **kwargs} dict (if any). A
 * builtin's keyword parameters ({@code sorted(key=)}) come before its positional arguments when a call
 * passes keywords ({@link #isBuiltin}); a plain positional call to a builtin passes positionals alone.
 */
public final class Signature {

    private final String name;
    @CompilationFinal(dimensions = 1) private final String[] positional;
    private final int positionalOnly;
    private final boolean varArgs;
    @CompilationFinal(dimensions = 1) private final String[] keywordOnly;
    private final boolean varKeywords;
    private final boolean builtin;
    /** Builtins: the most positional arguments accepted (unbounded with *args). */
    private final int builtinMaxPositional;

    public Signature(String name, String[] positional, int positionalOnly, boolean varArgs, String[] keywordOnly, boolean varKeywords) {
        this(name, positional, positionalOnly, varArgs, keywordOnly, varKeywords, false, 0);
    }

    private Signature(String name, String[] positional, int positionalOnly, boolean varArgs, String[] keywordOnly, boolean varKeywords, boolean builtin,
                    int builtinMaxPositional) {
        this.name = name;
        this.positional = positional;
        this.positionalOnly = positionalOnly;
        this.varArgs = varArgs;
        this.keywordOnly = keywordOnly;
        this.varKeywords = varKeywords;
        this.builtin = builtin;
        this.builtinMaxPositional = builtinMaxPositional;
    }

    /**
     * A builtin's: the names of its positional parameters (which keywords may fill), its keyword
     * parameters, and whether it takes {@code **kwargs}; its positional count is checked by its root.
     */
    public static Signature builtin(String name, String[] positional, String[] keywords, boolean varKeywords) {
        return new Signature(name, positional, 0, false, keywords, varKeywords, true, Integer.MAX_VALUE);
    }

    public String name() {
        return name;
    }

    public String[] positional() {
        return positional;
    }

    public int positionalOnly() {
        return positionalOnly;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public String[] keywordOnly() {
        return keywordOnly;
    }

    public boolean hasVarKeywords() {
        return varKeywords;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public int builtinMaxPositional() {
        return builtinMaxPositional;
    }

    /** Positional parameters only, no defaults needed: the call protocol of Core, checked by arity alone. */
    public boolean isPlain() {
        return !builtin && !varArgs && !varKeywords && keywordOnly.length == 0;
    }

    /** The length of the frame's arguments after the closure. */
    public int frameSize() {
        return positional.length + (varArgs ? 1 : 0) + keywordOnly.length + (varKeywords ? 1 : 0);
    }
}
