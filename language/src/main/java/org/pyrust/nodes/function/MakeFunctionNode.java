package org.pyrust.nodes.function;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.local.CellAccess;
import org.pyrust.runtime.Cell;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.Signature;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * What a {@code def} statement evaluates to each time it runs: a new function object over the one call
 * target of that {@code def}, closing over the cells of the enclosing variables it reads.
 */
@NodeInfo(shortName = "def")
public final class MakeFunctionNode extends ExpressionNode {

    private final String name;
    private final RootCallTarget callTarget;
    private final int arity;
    @CompilationFinal(dimensions = 1) private final CellAccess[] captured;
    /** The parameters by name, for calls that need binding (keywords, defaults, *args). */
    private final Signature signature;
    /** The defaults of the last positional parameters, evaluated each time the {@code def} runs. */
    @Children private final ExpressionNode[] defaults;
    /** Per keyword-only parameter its default, or null; null when there are none. */
    @Children private final ExpressionNode[] keywordDefaults;
    /** Builds the {@code __annotations__} dict, or null when nothing is annotated. */
    @Child private ExpressionNode annotations;
    /** The docstring ({@code __doc__}), or null. */
    private final String doc;
    private final String qualname;

    public MakeFunctionNode(String name, RootCallTarget callTarget, int arity, CellAccess[] captured, Signature signature, ExpressionNode[] defaults,
                    ExpressionNode[] keywordDefaults, ExpressionNode annotations, String doc,
                    String qualname) {
        this.annotations = annotations;
        this.doc = doc;
        this.qualname = qualname;
        this.name = name;
        this.callTarget = callTarget;
        this.arity = arity;
        this.captured = captured;
        this.signature = signature;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Cell[] closure = null;
        if (captured.length > 0) {
            closure = new Cell[captured.length];
            for (int i = 0; i < captured.length; i++) {
                closure[i] = captured[i].cell(frame);
            }
        }
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].executeGeneric(frame);
        }
        Object[] keywordValues = null;
        if (keywordDefaults != null) {
            keywordValues = new Object[keywordDefaults.length];
            for (int i = 0; i < keywordDefaults.length; i++) {
                keywordValues[i] = keywordDefaults[i] == null ? null : keywordDefaults[i].executeGeneric(frame);
            }
        }
        PyRustFunction function = new PyRustFunction(name, callTarget, arity, closure, false, signature, defaultValues, keywordValues, doc, qualname);
        if (annotations != null) {
            function.setAnnotations(annotations.executeGeneric(frame));
        }
        return function;
    }
}
