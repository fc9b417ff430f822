package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** Runs a statement, then yields an expression's value: {@code (x := v)} assigns, then is {@code v}. */
@NodeInfo(shortName = "sequence")
public final class SequenceNode extends ExpressionNode {

    @Child private StatementNode first;
    @Child private ExpressionNode result;

    public SequenceNode(StatementNode first, ExpressionNode result) {
        this.first = first;
        this.result = result;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        first.executeVoid(frame);
        return result.executeGeneric(frame);
    }
}
