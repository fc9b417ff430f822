package org.pyrust.nodes.literal;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** A literal whose value is an immutable object: a string ({@code TruffleString}) or None. */
@NodeInfo(shortName = "constant")
public final class ConstantNode extends ExpressionNode {

    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
