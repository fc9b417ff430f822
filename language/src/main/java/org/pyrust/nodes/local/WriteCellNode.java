package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code name = value} for a local variable that nested functions capture. */
@NodeInfo(shortName = "write cell")
public final class WriteCellNode extends StatementNode {

    private final CellAccess access;
    @Child private ExpressionNode value;

    public WriteCellNode(CellAccess access, ExpressionNode value) {
        this.access = access;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object newValue = value.executeGeneric(frame);
        access.cell(frame).value = newValue;
    }
}
