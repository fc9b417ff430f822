package org.pyrust.builtins;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.ArgumentBinder;
import org.pyrust.runtime.NoValue;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** Positional argument {@code index} of a builtin's call, or {@link NoValue} if the call left it out. */
@NodeInfo(shortName = "argument")
final class ArgumentNode extends ExpressionNode {

    private final int index;
    /** How many keyword values precede the positionals when a call passed keywords ({@link ArgumentBinder}). */
    private final int keywordCount;

    ArgumentNode(int index, int keywordCount) {
        this.index = index;
        this.keywordCount = keywordCount;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        int at = ArgumentBinder.firstPositional(arguments, keywordCount) + index;
        return at < arguments.length ? arguments[at] : NoValue.INSTANCE;
    }
}
