package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** The innermost step of a comprehension: adds the element (a key and a value for a dict) to the result. */
@NodeInfo(shortName = "comprehension append")
public final class ComprehensionAppendNode extends StatementNode {

    private final int resultSlot;
    @Child private ExpressionNode element;
    @Child private ExpressionNode value;

    public ComprehensionAppendNode(int resultSlot, ExpressionNode element, ExpressionNode value) {
        this.resultSlot = resultSlot;
        this.element = element;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(resultSlot);
        Object item = element.executeGeneric(frame);
        // The value child decides the kind and is a constant to the compiler: a list or set comprehension
        // must not compile a call of the null child, which would let the frame escape and fail the
        // whole compilation.
        if (value != null) {
            ((PyDict) result).put(item, value.executeGeneric(frame));
        } else if (result instanceof PyList list) {
            list.append(item);
        } else {
            ((PySet) result).add(item);
        }
    }
}
