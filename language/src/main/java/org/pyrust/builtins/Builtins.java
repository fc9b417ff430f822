package org.pyrust.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * The builtin functions, one function object each per language: they hold no per-context state (print
 * finds its output stream through the context), so every context of an engine shares them. A global of
 * the same name hides a builtin, as in Python. The exception classes are builtin names too. Each function
 * is a node class declared with {@link Builtin}; this
 * list of their generated factories is the one place that installs them.
 */
public final class Builtins {

    private static final List<NodeFactory<? extends BuiltinNode>> FACTORIES = List.of(
                    PrintBuiltinFactory.getInstance(),
                    LenBuiltinFactory.getInstance(),
                    StrBuiltinFactory.getInstance(),
                    IntBuiltinFactory.getInstance(),
                    AbsBuiltinFactory.getInstance(),
                    MinBuiltinFactory.getInstance(),
                    MaxBuiltinFactory.getInstance(),
                    RangeBuiltinFactory.getInstance());

    /** The builtin names: the functions, then the exception classes. */
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Builtins(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference) {
        for (NodeFactory<? extends BuiltinNode> factory : FACTORIES) {
            BuiltinRootNode root = BuiltinRootNode.create(language, contextReference, factory);
            values.put(root.getName(), new PyRustFunction(root.getName(), root.getCallTarget(), PyRustFunction.VARIADIC, null, true));
        }
        for (PythonType type : ExceptionTypes.ALL) {
            values.put(type.getName(), type);
        }
    }

    /** The builtin called {@code name} (a function or a class), or null. */
    public Object lookup(String name) {
        return values.get(name);
    }

    /** The builtin function called {@code name}, or null. */
    public PyRustFunction function(String name) {
        return values.get(name) instanceof PyRustFunction function ? function : null;
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }
}
