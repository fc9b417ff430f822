package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** Reads a hidden slot that always holds a long, e.g. the current value of a {@code for} loop. */
@NodeInfo(shortName = "read long slot")
public final class ReadLongSlotNode extends ExpressionNode {

    private final int slot;

    public ReadLongSlotNode(int slot) {
        this.slot = slot;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getLong(slot);
    }
}
