package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.ArithmeticTypes;
import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.TypeSystemReference;

/** A prefix operator; bools are ints here too. */
@NodeChild("operand")
@TypeSystemReference(ArithmeticTypes.class)
public abstract class UnaryNode extends ExpressionNode {
}
