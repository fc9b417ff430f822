package org.pyrust.nodes.logic;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.IsTrueNode;
import org.pyrust.runtime.IsTrueNodeGen;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code a and b} / {@code a or b} with Python's rules: the right operand is evaluated only when needed,
 * and the result is the operand that decided, not a bool ({@code 0 or "x"} is {@code "x"}).
 */
@NodeInfo(description = "and / or")
public final class ShortCircuitNode extends ExpressionNode {

    private final boolean isAnd;
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    @Child private IsTrueNode toBoolean = IsTrueNodeGen.create();
    private final CountingConditionProfile evaluateRight = CountingConditionProfile.create();

    public ShortCircuitNode(boolean isAnd, ExpressionNode left, ExpressionNode right) {
        this.isAnd = isAnd;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object leftValue = left.executeGeneric(frame);
        // 'and' goes on while true, 'or' while false.
        if (evaluateRight.profile(toBoolean.execute(leftValue) == isAnd)) {
            return right.executeGeneric(frame);
        }
        return leftValue;
    }
}
