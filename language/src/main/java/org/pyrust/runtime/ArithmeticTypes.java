package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The type system of operators: as in Python, a bool is the int 0 or 1 in arithmetic and comparisons,
 * so every {@code long} specialization also takes booleans without a specialization of its own.
 */
@TypeSystem({long.class, boolean.class})
public abstract class ArithmeticTypes {

    @ImplicitCast
    public static long boolToLong(boolean value) {
        return value ? 1 : 0;
    }
}
