package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Values;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code round(x[, ndigits])}: banker's rounding, as Python. */
@Builtin(name = "round", minArgs = 1, names = {"number", "ndigits"})
@GenerateNodeFactory
abstract class RoundBuiltin extends BuiltinNode {

    @Specialization
    static Object doRound(Object number, Object digits) {
        try {
            if (number instanceof Double d) {
                if (digits == NoValue.INSTANCE || digits == PyRustNone.INSTANCE) {
                    return FloatMath.round(d);
                }
                return FloatMath.round(d, toLong(digits));
            }
            if (number instanceof Long || number instanceof Boolean) {
                long n = number instanceof Long l ? l : ((Boolean) number ? 1 : 0);
                if (digits == NoValue.INSTANCE || digits == PyRustNone.INSTANCE) {
                    return n;
                }
                return roundLong(n, toLong(digits));
            }
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "type " + Values.typeName(number) + " doesn't define __round__ method");
    }

    private static long toLong(Object digits) {
        if (digits instanceof Long l) {
            return l;
        } else if (digits instanceof Boolean b) {
            return b ? 1 : 0;
        }
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(digits) + "' object cannot be interpreted as an integer");
    }

    /** An int rounded to a negative number of digits: to a multiple of 10**-digits, ties to even. */
    @TruffleBoundary
    private static long roundLong(long n, long digits) {
        if (digits >= 0) {
            return n;
        }
        if (digits < -19) {
            return 0;
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(n).setScale((int) digits, java.math.RoundingMode.HALF_EVEN);
        try {
            return rounded.longValueExact();
        } catch (ArithmeticException e) {
            throw ruleError(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: round(" + n + ", " + digits + ")");
        }
    }
}
