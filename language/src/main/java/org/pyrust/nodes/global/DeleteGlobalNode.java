package org.pyrust.nodes.global;

import org.pyrust.nodes.Errors;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code del name} of a global: unbound afterwards; deleting an unbound name is a NameError. */
@NodeInfo(shortName = "del global")
public final class DeleteGlobalNode extends StatementNode {

    private final String name;
    private final int index;

    /** False for the unbinding of an {@code except ... as name} at the end of its handler, which never fails. */
    private final boolean mustBeBound;

    public DeleteGlobalNode(String name, int index, boolean mustBeBound) {
        this.name = name;
        this.index = index;
        this.mustBeBound = mustBeBound;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!PyRustRootNode.context(frame).getGlobals().delete(index) && mustBeBound) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.raise(this, ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        }
    }
}
