package org.pyrust.nodes.comparison;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.ContainsNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code item in container} / {@code not in}. */
@NodeInfo(shortName = "in")
@NodeChild("item")
@NodeChild("container")
public abstract class InNode extends ExpressionNode {

    protected final boolean negated;

    protected InNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    boolean doIn(Object item, Object container, @Cached ContainsNode contains) {
        return contains.execute(container, item) != negated;
    }
}
