package org.pyrust.numeric;

/** Int arithmetic that Java lacks: exact powers of 64-bit ints. */
public final class IntMath {

    private IntMath() {
    }

    /**
     * Squares only while bits remain, so {@code (-2) ** 63} fits although {@code 2 ** 64} would not. Bases
     * -1, 0 and 1 are answered directly: their powers never overflow, however large the exponent.
     */
    public static long power(long base, long exponent) {
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
}
