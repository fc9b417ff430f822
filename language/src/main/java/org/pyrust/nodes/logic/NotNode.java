package org.pyrust.nodes.logic;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code not a}: never fails, whatever the operand. */
@NodeInfo(shortName = "not")
public final class NotNode extends ExpressionNode {

    @Child private ConditionNode operand;

    public NotNode(ExpressionNode operand) {
        this.operand = new ConditionNode(operand);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.execute(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
