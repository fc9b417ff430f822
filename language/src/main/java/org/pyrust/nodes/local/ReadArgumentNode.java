package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * Reads positional argument {@code index} (0-based) of the current call. The caller has checked the
 * count; {@code arguments[0]} is the closure, so the arguments start at 1.
 */
@NodeInfo(shortName = "argument")
public final class ReadArgumentNode extends ExpressionNode {

    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index + 1];
    }
}
