package org.pyrust.nodes.global;

import org.pyrust.PyRustContext;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** {@code name = value} for a module-level name (or one a function declared {@code global}). */
@NodeInfo(shortName = "write global")
public final class WriteGlobalNode extends StatementNode {

    private final String name;
    @Child private ExpressionNode value;
    @Child private DynamicObjectLibrary globals = DynamicObjectLibrary.getFactory().createDispatched(3);

    public WriteGlobalNode(String name, ExpressionNode value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object newValue = value.executeGeneric(frame);
        globals.put(PyRustContext.get(this).getGlobals(), name, newValue);
    }
}
