package org.pyrust.nodes.arithmetic;

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
            throw Errors.error(this, ExceptionTypes.VALUE_ERROR, "Negative exponent not supported");
        }
        try {
            return power(base, exponent);
        } catch (ArithmeticException e) {
            throw Errors.overflow(this, base, "**", exponent);
        }
    }

    /**
     * Squares only while bits remain, so {@code (-2) ** 63} fits although {@code 2 ** 64} would not. Bases
     * -1, 0 and 1 are answered directly: their powers never overflow, however large the exponent.
     */
    static long power(long base, long exponent) {
        if (base == 0) {
            return exponent == 0 ? 1 : 0;
        } else if (base == 1) {
            return 1;
        } else if (base == -1) {
            return (exponent & 1) == 0 ? 1 : -1;
        }
        long result = 1;
        long b = base;
        long e = exponent;
        while (true) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e == 0) {
                return result;
            }
            b = Math.multiplyExact(b, b);
        }
    }

    /** An int operand meets a float as a float ({@code ArithmeticTypes}). */
    @Specialization
    double doDouble(double left, double right) {
        try {
            return FloatMath.power(left, right);
        } catch (PythonError e) {
            throw Errors.python(this, e);
        }
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "**", left, right);
    }
}
