package org.pyrust.builtins;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.ArgumentBinder;
import org.pyrust.runtime.NoValue;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** A builtin's keyword parameter: its value when the call passed it, else NoValue. */
@NodeInfo(shortName = "keyword argument")
final class KeywordArgumentNode extends ExpressionNode {

    private final int index;

    KeywordArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        return arguments[0] == ArgumentBinder.KEYWORDS_BOUND ? arguments[1 + index] : NoValue.INSTANCE;
    }
}
