package org.pyrust.nodes.global;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.PyRustContext;
import org.pyrust.nodes.Errors;
import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * Reads a module-level name: the context's globals first, then the builtin of that name. The lookup is
 * cached on the globals' shape; the AST holds no context state, so it serves every context of an engine.
 */
@NodeInfo(shortName = "read global")
public final class ReadGlobalNode extends ExpressionNode {

    private final String name;
    /** The builtin this name falls back to, or null. Builtins are per language, so this is a constant. */
    private final Object builtin;
    /** True when the name is called: an unbound callee is "Undefined function", not "Undefined variable". */
    private final boolean callee;
    @Child private DynamicObjectLibrary globals = DynamicObjectLibrary.getFactory().createDispatched(3);
    private final CountingConditionProfile found = CountingConditionProfile.create();

    public ReadGlobalNode(String name, Object builtin, boolean callee) {
        this.name = name;
        this.builtin = builtin;
        this.callee = callee;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = globals.getOrDefault(PyRustContext.get(this).getGlobals(), name, null);
        if (found.profile(value != null)) {
            return value;
        }
        if (builtin != null) {
            return builtin;
        }
        CompilerDirectives.transferToInterpreter();
        throw Errors.error(this, (callee ? "Undefined function: " : "Undefined variable: ") + name);
    }
}
