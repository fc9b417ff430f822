package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a / b}: PyRust rule 2, integer division truncating toward zero (Java's {@code /}). */
@NodeInfo(shortName = "/")
public abstract class DivNode extends BinaryNode {

    @Specialization
    long doLong(long left, long right) {
        if (right == 0) {
            throw Errors.divisionByZero(this);
        }
        if (left == Long.MIN_VALUE && right == -1) {
            throw Errors.overflow(this, left, "/", right);
        }
        return left / right;
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "/", left, right);
    }
}
