package org.pyrust.builtins;

import org.pyrust.numeric.FloatRepr;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyTuple;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code float.as_integer_ratio()}: the exact fraction {@code (n, d)} in lowest terms with {@code d > 0}.
 * Both must be 64-bit ints, so a float whose denominator is beyond 2**62 (most values under 1e-3 that are
 * not sums of few powers of two) or whose value is beyond i64 is an OverflowError, where CPython returns
 * big ints.
 */
@Builtin(name = "as_integer_ratio", methodOf = "float")
@GenerateNodeFactory
abstract class FloatAsIntegerRatioMethod extends BuiltinNode {

    @Specialization
    static PyTuple doDouble(double self) {
        if (Double.isNaN(self)) {
            throw error(ExceptionTypes.VALUE_ERROR, "cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(self)) {
            throw error(ExceptionTypes.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        }
        if (self == 0) {
            return new PyTuple(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(self);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        long sign = self < 0 ? -1 : 1;
        if (exponent >= 0) {
            if (exponent > Long.numberOfLeadingZeros(mantissa) - 1) {
                throw tooBig(self);
            }
            return new PyTuple(sign * (mantissa << exponent), 1L);
        }
        if (-exponent > 62) {
            throw tooBig(self);
        }
        return new PyTuple(sign * mantissa, 1L << -exponent);
    }

    private static PyRustException tooBig(double self) {
        return error(ExceptionTypes.OVERFLOW_ERROR, "the integer ratio of " + FloatRepr.repr(self) + " does not fit in 64-bit ints");
    }
}
