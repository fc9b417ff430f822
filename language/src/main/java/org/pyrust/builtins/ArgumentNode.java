package org.pyrust.builtins;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.NoValue;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** Positional argument {@code index} of a builtin's call, or {@link NoValue} if the call left it out. */
@NodeInfo(shortName = "argument")
final class ArgumentNode extends ExpressionNode {

    private final int index;

    ArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        // arguments[0] is the closure slot of the calling convention.
        return index + 1 < arguments.length ? arguments[index + 1] : NoValue.INSTANCE;
    }
}
