package org.pyrust.nodes.control;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code return [value]}; a bare return returns None. The value goes into the function's return slot and
 * {@link ReturnException} carries control to {@link org.pyrust.nodes.function.FunctionBodyNode}.
 */
@NodeInfo(shortName = "return")
public final class ReturnNode extends StatementNode {

    @Child private ExpressionNode value;
    private final int returnSlot;

    public ReturnNode(ExpressionNode value, int returnSlot) {
        this.value = value;
        this.returnSlot = returnSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(returnSlot, value == null ? PyRustNone.INSTANCE : value.executeGeneric(frame));
        throw ReturnException.INSTANCE;
    }
}
