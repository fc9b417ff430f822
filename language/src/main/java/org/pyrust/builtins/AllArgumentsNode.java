package org.pyrust.builtins;

import java.util.Arrays;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** All the arguments of a builtin's call, as {@code *args} receives them. */
@NodeInfo(shortName = "*args")
final class AllArgumentsNode extends ExpressionNode {

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        // arguments[0] is the closure slot of the calling convention.
        return Arrays.copyOfRange(arguments, 1, arguments.length);
    }
}
