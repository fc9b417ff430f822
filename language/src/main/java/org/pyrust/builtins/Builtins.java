package org.pyrust.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.pyrust.PyRustLanguage;
import org.pyrust.runtime.PyRustFunction;

/**
 * The builtin functions, one function object each per language: they hold no per-context state (print
 * finds its output stream through the context), so every context of an engine shares them. A global of
 * the same name hides a builtin, as in Python.
 */
public final class Builtins {

    private final Map<String, PyRustFunction> functions = new LinkedHashMap<>();

    public Builtins(PyRustLanguage language) {
        define(language, "print", PrintBuiltin::new);
        define(language, "len", LenBuiltin::new);
        define(language, "str", StrBuiltin::new);
        define(language, "int", IntBuiltin::new);
        define(language, "abs", AbsBuiltin::new);
        define(language, "min", () -> new MinMaxBuiltin(true));
        define(language, "max", () -> new MinMaxBuiltin(false));
        define(language, "range", RangeBuiltin::new);
    }

    private void define(PyRustLanguage language, String name, Supplier<BuiltinNode> body) {
        BuiltinRootNode root = new BuiltinRootNode(language, body.get(), name);
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
