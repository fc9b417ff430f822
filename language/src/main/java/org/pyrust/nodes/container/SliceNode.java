package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySlice;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code start:stop:step} inside a subscript: a slice value; a missing part is None. */
@NodeInfo(shortName = "slice")
public final class SliceNode extends ExpressionNode {

    @Child private ExpressionNode start;
    @Child private ExpressionNode stop;
    @Child private ExpressionNode step;

    public SliceNode(ExpressionNode start, ExpressionNode stop, ExpressionNode step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object a = start == null ? PyRustNone.INSTANCE : start.executeGeneric(frame);
        Object b = stop == null ? PyRustNone.INSTANCE : stop.executeGeneric(frame);
        Object c = step == null ? PyRustNone.INSTANCE : step.executeGeneric(frame);
        return new PySlice(a, b, c);
    }
}
