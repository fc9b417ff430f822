package org.pyrust.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code float.is_integer()}: whether the float is finite and has no fractional part. */
@Builtin(name = "is_integer", methodOf = "float")
@GenerateNodeFactory
abstract class FloatIsIntegerMethod extends BuiltinNode {

    @Specialization
    static boolean doDouble(double self) {
        return Double.isFinite(self) && self == Math.rint(self);
    }
}
