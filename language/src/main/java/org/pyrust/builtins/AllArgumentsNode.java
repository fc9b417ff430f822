package org.pyrust.builtins;

import java.util.Arrays;

import org.pyrust.nodes.ExpressionNode;

import org.pyrust.runtime.ArgumentBinder;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** All the arguments of a builtin's call, as {@code *args} receives them. */
@NodeInfo(shortName = "*args")
final class AllArgumentsNode extends ExpressionNode {

    /** How many keyword values precede the positionals when a call passed keywords ({@link ArgumentBinder}). */
    private final int keywordCount;

    AllArgumentsNode(int keywordCount) {
        this.keywordCount = keywordCount;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        int from = ArgumentBinder.firstPositional(arguments, keywordCount);
        return Arrays.copyOfRange(arguments, from, arguments.length);
    }
}
