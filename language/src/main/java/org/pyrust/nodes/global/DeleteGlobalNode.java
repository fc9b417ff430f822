package org.pyrust.nodes.global;

import org.pyrust.nodes.Errors;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code del name} of a global: unbound afterwards; deleting an unbound name is a NameError. */
@NodeInfo(shortName = "del global")
public final class DeleteGlobalNode extends StatementNode {

    private final String name;
    private final int index;

    public DeleteGlobalNode(String name, int index) {
        this.name = name;
        this.index = index;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!PyRustRootNode.context(frame).getGlobals().delete(index)) {
            throw Errors.raise(this, ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        }
    }
}
