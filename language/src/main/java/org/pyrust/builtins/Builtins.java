package org.pyrust.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustFunction;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;

/**
 * The builtin functions, one function object each per language: they hold no per-context state (print
 * finds its output stream through the context), so every context of an engine shares them. A global of
 * the same name hides a builtin, as in Python.
 */
public final class Builtins {

    private final Map<String, PyRustFunction> functions = new LinkedHashMap<>();

    public Builtins(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference) {
        define(language, contextReference, "print", PrintBuiltin::new);
        define(language, contextReference, "len", LenBuiltin::new);
        define(language, contextReference, "str", StrBuiltin::new);
        define(language, contextReference, "int", IntBuiltin::new);
        define(language, contextReference, "abs", AbsBuiltin::new);
        define(language, contextReference, "min", () -> new MinMaxBuiltin(true));
        define(language, contextReference, "max", () -> new MinMaxBuiltin(false));
        define(language, contextReference, "range", RangeBuiltin::new);
    }

    private void define(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, String name, Supplier<BuiltinNode> body) {
        BuiltinRootNode root = new BuiltinRootNode(language, contextReference, body.get(), name);
        functions.put(name, new PyRustFunction(name, root.getCallTarget(), PyRustFunction.VARIADIC, null, true));
    }

    /** The builtin called {@code name}, or null. */
    public PyRustFunction lookup(String name) {
        return functions.get(name);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(functions.keySet());
    }
}
