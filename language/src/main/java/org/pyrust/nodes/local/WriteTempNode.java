package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * Evaluates an expression, keeps its value in a hidden slot and returns it: the middle operand of a
 * chained comparison {@code a < b < c} is evaluated once and used twice.
 */
@NodeInfo(shortName = "write temp")
public final class WriteTempNode extends ExpressionNode {

    private final int slot;
    @Child private ExpressionNode value;

    public WriteTempNode(int slot, ExpressionNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object result = value.executeGeneric(frame);
        frame.setObject(slot, result);
        return result;
    }
}
