package org.pyrust.nodes.logic;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.IsTrueNode;
import org.pyrust.runtime.IsTrueNodeGen;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** The condition of an {@code if}, {@code while} or {@code not}: an expression read as a truth value. */
public final class ConditionNode extends Node {

    @Child private ExpressionNode expression;
    @Child private IsTrueNode toBoolean = IsTrueNodeGen.create();

    public ConditionNode(ExpressionNode expression) {
        this.expression = expression;
    }

    public boolean execute(VirtualFrame frame) {
        return toBoolean.execute(expression.executeGeneric(frame));
    }
}
