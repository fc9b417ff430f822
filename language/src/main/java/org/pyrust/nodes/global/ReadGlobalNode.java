package org.pyrust.nodes.global;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.Globals;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * Reads a module-level name: the context's global of that name, else the builtin of that name. The
 * node holds the name's number ({@link org.pyrust.runtime.GlobalNames}), not a cell: the AST holds no
 * context state, so it serves every context of an engine. An int global is read unboxed.
 */
@NodeInfo(shortName = "read global")
public final class ReadGlobalNode extends ExpressionNode {

    private final String name;
    private final int index;
    /** The builtin this name falls back to, or null. Builtins are per language, so this is a constant. */
    private final Object builtin;
    /** True when the name is called: an unbound callee is "Undefined function", not "Undefined variable". */
    private final boolean callee;
    private final CountingConditionProfile isInt = CountingConditionProfile.create();

    public ReadGlobalNode(String name, int index, Object builtin, boolean callee) {
        this.name = name;
        this.index = index;
        this.builtin = builtin;
        this.callee = callee;
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Globals globals = PyRustRootNode.context(frame).getGlobals();
        if (globals.kind(index) == Globals.INT) {
            return globals.getInt(index);
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        throw new UnexpectedResultException(notInt(globals));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Globals globals = PyRustRootNode.context(frame).getGlobals();
        if (isInt.profile(globals.kind(index) == Globals.INT)) {
            return globals.getInt(index);
        }
        return notInt(globals);
    }

    private Object notInt(Globals globals) {
        if (globals.kind(index) == Globals.OBJECT) {
            return globals.getObject(index);
        }
        if (builtin != null) {
            return builtin;
        }
        CompilerDirectives.transferToInterpreter();
        throw Errors.ruleError(this, ExceptionTypes.NAME_ERROR, (callee ? "Undefined function: " : "Undefined variable: ") + name);
    }
}
