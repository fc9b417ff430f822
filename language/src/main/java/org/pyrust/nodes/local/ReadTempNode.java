package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** Reads the value {@link WriteTempNode} kept. */
@NodeInfo(shortName = "read temp")
public final class ReadTempNode extends ExpressionNode {

    private final int slot;

    public ReadTempNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
