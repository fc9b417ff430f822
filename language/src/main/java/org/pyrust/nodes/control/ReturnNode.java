package org.pyrust.nodes.control;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code return [value]}; a bare return returns None. */
@NodeInfo(shortName = "return")
public final class ReturnNode extends StatementNode {

    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PyRustNone.INSTANCE : value.executeGeneric(frame));
    }
}
