package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.PyRustException;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;
import org.pyrust.nodes.Errors;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a / b}: PyRust rule 2, integer division truncating toward zero (Java's {@code /});
 * with a float operand, true division. */
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

    /** An int operand meets a float as a float ({@code ArithmeticTypes}). */
    @Specialization
    double doDouble(double left, double right) {
        try {
            return FloatMath.trueDivide(left, right);
        } catch (PythonError e) {
            throw PyRustException.library(e, this);
        }
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "/", left, right);
    }
}
