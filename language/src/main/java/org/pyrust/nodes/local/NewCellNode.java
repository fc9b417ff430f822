package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.Cell;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * Function entry for a variable that nested functions capture: its slot holds a fresh cell, unbound
 * or holding the argument when the variable is a parameter.
 */
@NodeInfo(shortName = "new cell")
public final class NewCellNode extends ExpressionNode {

    @Child private ExpressionNode initialValue;

    public NewCellNode(ExpressionNode initialValue) {
        this.initialValue = initialValue;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new Cell(initialValue == null ? null : initialValue.executeGeneric(frame));
    }
}
