package org.pyrust.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyrust.runtime.BuiltinTypes;
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
                    RangeBuiltinFactory.getInstance(),
                    FloatBuiltinFactory.getInstance(),
                    BoolBuiltinFactory.getInstance(),
                    ListBuiltinFactory.getInstance(),
                    TupleBuiltinFactory.getInstance(),
                    DictBuiltinFactory.getInstance(),
                    SetBuiltinFactory.getInstance(),
                    FrozenSetBuiltinFactory.getInstance(),
                    TypeBuiltinFactory.getInstance(),
                    IsInstanceBuiltinFactory.getInstance(),
                    ReprBuiltinFactory.getInstance(),
                    HashBuiltinFactory.getInstance(),
                    IdBuiltinFactory.getInstance(),
                    OrdBuiltinFactory.getInstance(),
                    ChrBuiltinFactory.getInstance(),
                    HexBuiltinFactory.getInstance(),
                    OctBuiltinFactory.getInstance(),
                    BinBuiltinFactory.getInstance(),
                    SumBuiltinFactory.getInstance(),
                    AnyBuiltinFactory.getInstance(),
                    AllBuiltinFactory.getInstance(),
                    SortedBuiltinFactory.getInstance(),
                    ReversedBuiltinFactory.getInstance(),
                    EnumerateBuiltinFactory.getInstance(),
                    ZipBuiltinFactory.getInstance(),
                    IterBuiltinFactory.getInstance(),
                    NextBuiltinFactory.getInstance(),
                    RoundBuiltinFactory.getInstance(),
                    DivmodBuiltinFactory.getInstance());

    /** The builtin names: the functions, then the exception classes. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    /** What calling each built-in type runs. */
    private final Map<PythonType, PyRustFunction> constructors = new java.util.HashMap<>();

    public Builtins(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference) {
        for (NodeFactory<? extends BuiltinNode> factory : FACTORIES) {
            BuiltinRootNode root = BuiltinRootNode.create(language, contextReference, factory);
            PyRustFunction function = new PyRustFunction(root.getName(), root.getCallTarget(), PyRustFunction.VARIADIC, null, true);
            if (factory.getNodeClass().getAnnotation(Builtin.class).constructor()) {
                PythonType type = BuiltinTypes.byName(root.getName());
                constructors.put(type, function);
                values.put(root.getName(), type);
            } else {
                values.put(root.getName(), function);
            }
        }
        for (PythonType type : ExceptionTypes.ALL) {
            values.put(type.getName(), type);
        }
    }

    /** The builtin called {@code name} (a function or a class), or null. */
    public Object lookup(String name) {
        return values.get(name);
    }

    /** What calling {@code type} runs, or null. */
    public PyRustFunction constructor(PythonType type) {
        return constructors.get(type);
    }

    /** The builtin function called {@code name}, or null. */
    public PyRustFunction function(String name) {
        return values.get(name) instanceof PyRustFunction function ? function : null;
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }
}
