package org.pyrust.nodes.arithmetic;

import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.pyrust.runtime.Values;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.Formatting;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;
import org.pyrust.nodes.Errors;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a % b}: the remainder takes the divisor's sign, as in Python; it never overflows. */
@NodeInfo(shortName = "%")
public abstract class ModNode extends BinaryNode {

    @Specialization
    long doLong(long left, long right) {
        if (right == 0) {
            throw Errors.divisionByZero(this);
        }
        return Math.floorMod(left, right);
    }

    /** An int operand meets a float as a float ({@code ArithmeticTypes}). */
    @Specialization
    double doDouble(double left, double right) {
        try {
            return FloatMath.modulo(left, right);
        } catch (PythonError e) {
            throw PyRustException.library(e, this);
        }
    }

    /** {@code format % values}: printf-style formatting of a string. */
    @Specialization
    @TruffleBoundary
    TruffleString doFormat(TruffleString format, Object values) {
        try {
            return Values.string(Formatting.percent(format.toJavaStringUncached(), values));
        } catch (PyRustException e) {
            throw Errors.placed(e, this);
        }
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "%", left, right);
    }
}
