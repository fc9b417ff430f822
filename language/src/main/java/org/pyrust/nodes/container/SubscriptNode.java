package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.GetItemNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code value[index]}; errors point at the start of the subscripted expression. */
@NodeInfo(shortName = "[]")
@NodeChild("container")
@NodeChild("index")
public abstract class SubscriptNode extends ExpressionNode {

    @Specialization
    Object doGet(Object container, Object index, @Cached GetItemNode getItem) {
        return getItem.execute(container, index);
    }
}
