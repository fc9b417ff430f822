package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.PyRustException;
import org.pyrust.numeric.IntMath;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;
import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a ** b} on ints: exact, by repeated squaring; a negative exponent is an error (no floats). */
@NodeInfo(shortName = "**")
public abstract class PowNode extends BinaryNode {

    @Specialization
    long doLong(long base, long exponent) {
        if (exponent < 0) {
            throw Errors.ruleError(this, ExceptionTypes.VALUE_ERROR, "Negative exponent not supported");
        }
        try {
            return IntMath.power(base, exponent);
        } catch (ArithmeticException e) {
            throw Errors.overflow(this, base, "**", exponent);
        }
    }

    /** An int operand meets a float as a float ({@code ArithmeticTypes}). */
    @Specialization
    double doDouble(double left, double right) {
        try {
            return FloatMath.power(left, right);
        } catch (PythonError e) {
            throw PyRustException.library(e, this);
        }
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "**", left, right);
    }
}
