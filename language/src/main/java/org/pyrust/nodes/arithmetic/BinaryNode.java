package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.ArithmeticTypes;
import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.TypeSystemReference;

/**
 * An operator with two operands, evaluated left to right. Operators see bools as the ints 0 and 1
 * ({@link ArithmeticTypes}). Errors point at the node's start, i.e. the left operand's first character.
 */
@NodeChild("left")
@NodeChild("right")
@TypeSystemReference(ArithmeticTypes.class)
public abstract class BinaryNode extends ExpressionNode {
}
