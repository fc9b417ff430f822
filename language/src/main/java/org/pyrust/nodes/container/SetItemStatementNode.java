package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.SetItemNode;
import org.pyrust.runtime.SetItemNodeGen;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code container[index] = value}: the value first, then the container and the index, as in CPython. */
@NodeInfo(shortName = "[]=")
public final class SetItemStatementNode extends StatementNode {

    @Child private ExpressionNode container;
    @Child private ExpressionNode index;
    @Child private ExpressionNode value;
    @Child private SetItemNode setItem = SetItemNodeGen.create();

    public SetItemStatementNode(ExpressionNode container, ExpressionNode index, ExpressionNode value) {
        this.container = container;
        this.index = index;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        Object c = container.executeGeneric(frame);
        Object i = index.executeGeneric(frame);
        setItem.execute(c, i, v);
    }
}
