package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.DelItemNode;
import org.pyrust.runtime.DelItemNodeGen;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code del container[index]}. */
@NodeInfo(shortName = "del []")
public final class DelItemStatementNode extends StatementNode {

    @Child private ExpressionNode container;
    @Child private ExpressionNode index;
    @Child private DelItemNode delItem = DelItemNodeGen.create();

    public DelItemStatementNode(ExpressionNode container, ExpressionNode index) {
        this.container = container;
        this.index = index;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object c = container.executeGeneric(frame);
        delItem.execute(c, index.executeGeneric(frame));
    }
}
