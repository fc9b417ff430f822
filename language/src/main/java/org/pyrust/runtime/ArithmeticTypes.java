package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The type system of operators: as in Python, a bool is the int 0 or 1 in arithmetic and comparisons,
 * so every {@code long} specialization also takes booleans without a specialization of its own; an
 * int meets a float as a float.
 */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class ArithmeticTypes {

    @ImplicitCast
    public static long boolToLong(boolean value) {
        return value ? 1 : 0;
    }

    /**
     * Mixed int/float arithmetic converts the int, as Python does (rounding beyond 2**53 like CPython).
     * Comparisons must stay exact: their nodes declare the mixed (long, double) specializations before
     * the (double, double) one, so the cast never reaches a comparison of an int with a float.
     */
    @ImplicitCast
    public static double longToDouble(long value) {
        return value;
    }

    @ImplicitCast
    public static double boolToDouble(boolean value) {
        return value ? 1 : 0;
    }
}
