package org.pyrust.numeric;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.pyrust.text.PythonError;

/**
 * Python's float arithmetic where it is more than the IEEE operation: floor division and modulo with
 * the sign of the divisor, {@code divmod}, {@code **} with CPython's special cases, {@code round},
 * {@code int()} onto PyRust's 64-bit ints, true division with its zero-division message and
 * {@code float.is_integer}. Truffle-free; errors are {@link PythonError}s with CPython's messages.
 *
 * <p>Deviations (PyRust has neither big ints nor complex numbers):
 * <ul>
 * <li>a negative base to a non-integer power, {@code (-8.0) ** (1/3)}, is a complex number in CPython;
 * here it is {@code ValueError: negative number cannot be raised to a fractional power} (the message
 * Python 2 used for the same case);</li>
 * <li>{@code int(x)}, {@code round(x)} and {@code math.floor}-like conversions of a finite float outside
 * [-2**63, 2**63) are {@code OverflowError: float <repr> does not fit in a 64-bit int}, where CPython
 * would return a big int.</li>
 * </ul>
 */
public final class FloatMath {

    /** 2**63 as a double: the first value above every long. */
    private static final double TWO_63 = 9.223372036854775808E18;

    private FloatMath() {
    }

    /** {@code a / b}. */
    public static double trueDivide(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** {@code a // b}: the floor of the exact quotient, taken from {@link #divmod} so the two agree. */
    public static double floorDivide(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float floor division by zero");
        }
        return divmodUnchecked(a, b)[0];
    }

    /** {@code a % b}: the remainder with the sign of {@code b} (a zero remainder is a zero of b's sign). */
    public static double modulo(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float modulo");
        }
        return divmodUnchecked(a, b)[1];
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0) {
            throw PythonError.zeroDivision("float divmod()");
        }
        return divmodUnchecked(a, b);
    }

    private static double[] divmodUnchecked(double a, double b) {
        // Java's % on doubles is the exact truncating remainder (C's fmod), so a - mod is an exact
        // multiple of b and the division below is as close to the true quotient as a double can be.
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                // the truncating remainder has a's sign; Python's takes b's: move one step down
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floor;
        if (div != 0) {
            floor = Math.floor(div);
            // the quotient of an exact multiple can come out just below an integer: round to the nearest one
            if (div - floor > 0.5) {
                floor += 1.0;
            }
        } else {
            // a zero quotient gets the sign the true quotient would have
            floor = Math.copySign(0.0, a / b);
        }
        return new double[] {floor, mod};
    }

    /** {@code a ** b} with Python's special cases (C99 pow's, plus errors where C would give inf or a NaN). */
    public static double power(double a, double b) {
        if (b == 0) {
            return 1.0; // even nan ** 0
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (Double.isInfinite(b)) {
            double abs = Math.abs(a);
            if (abs == 1.0) {
                return 1.0; // Java says NaN for (-1) ** inf; Python, like C99, says 1
            }
            return (abs > 1.0) == (b > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(a)) {
            boolean oddInteger = isOddInteger(b);
            if (b > 0) {
                return oddInteger ? a : Double.POSITIVE_INFINITY;
            }
            return oddInteger ? Math.copySign(0.0, a) : 0.0;
        }
        if (a == 0) {
            if (b < 0) {
                throw PythonError.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(b) ? a : 0.0;
        }
        if (a < 0 && b != Math.rint(b)) {
            throw PythonError.valueError("negative number cannot be raised to a fractional power");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            throw PythonError.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static boolean isOddInteger(double b) {
        // beyond 2**53 every double is even
        return Math.abs(b) < 9007199254740992.0 && b == Math.rint(b) && ((long) b & 1) == 1;
    }

    /** {@code round(x)}: to the nearest int, halves to even. */
    public static long round(double x) {
        return toLong(Math.rint(x));
    }

    /**
     * {@code round(x, ndigits)}: the double nearest to x correctly rounded (halves to even, on x's exact
     * binary value) to {@code ndigits} decimal places; negative ndigits round to tens, hundreds, ...
     */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        // A double has at most 1074 binary, hence decimal, fraction digits and is below 1e309, so
        // beyond these bounds rounding changes nothing or gives zero (CPython uses the same bounds).
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return Math.copySign(0.0, x);
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = rounded.doubleValue();
        if (Double.isInfinite(r)) {
            throw PythonError.overflowError("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code int(x)}: truncation toward zero, onto 64 bits. */
    public static long toLong(double x) {
        if (Double.isNaN(x)) {
            throw PythonError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PythonError.overflowError("cannot convert float infinity to integer");
        }
        // -2**63 is a double; the next one down, -2**63 - 2048, truncates to a value below every long.
        if (x >= TWO_63 || x < -TWO_63) {
            throw PythonError.overflowError("float " + FloatRepr.repr(x) + " does not fit in a 64-bit int");
        }
        return (long) x;
    }

    /** {@code x.is_integer()}. */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && x == Math.rint(x);
    }

    /** {@code float(n)} for an int: the nearest double, as Java's conversion rounds to nearest even. */
    public static double toDouble(long n) {
        return n;
    }
}
