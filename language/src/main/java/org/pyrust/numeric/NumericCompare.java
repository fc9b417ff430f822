package org.pyrust.numeric;

/**
 * Exact comparison of an int with a float, as Python does it: {@code 2**53 + 1 > 9007199254740992.0}
 * is true although both sides become the same double. The long is never converted to a double; the
 * double is split into its integer part (exact as a long whenever it is in range) and its fraction.
 * Truffle-free.
 */
public final class NumericCompare {

    /** Returned by {@link #compare} when the float is NaN: every ordering comparison is false, {@code !=} true. */
    public static final int UNORDERED = 2;

    private static final double TWO_63 = 9.223372036854775808E18;

    private NumericCompare() {
    }

    /** -1, 0 or 1 as {@code a} is below, equal to or above {@code b}; {@link #UNORDERED} if b is NaN. */
    public static int compare(long a, double b) {
        if (Double.isNaN(b)) {
            return UNORDERED;
        }
        if (b >= TWO_63) {
            return -1; // includes +inf
        }
        if (b < -TWO_63) {
            return 1; // includes -inf
        }
        long whole = (long) b; // exact: b is within the long range, truncation drops only the fraction
        if (a != whole) {
            return a < whole ? -1 : 1;
        }
        double fraction = b - whole; // exact: below 2**52 both have the same binade, above it there is no fraction
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /** {@code compare(a, b)} with the sides swapped: the ordering of the float against the int. */
    public static int compare(double a, long b) {
        int c = compare(b, a);
        return c == UNORDERED ? c : -c;
    }

    public static boolean eq(long a, double b) {
        return compare(a, b) == 0;
    }

    public static boolean lt(long a, double b) {
        return compare(a, b) == -1;
    }

    public static boolean le(long a, double b) {
        int c = compare(a, b);
        return c == -1 || c == 0;
    }

    public static boolean gt(long a, double b) {
        return compare(a, b) == 1;
    }

    public static boolean ge(long a, double b) {
        int c = compare(a, b);
        return c == 1 || c == 0;
    }
}
