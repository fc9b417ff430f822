package org.pyrust.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code float.conjugate()}: a float is its own complex conjugate. */
@Builtin(name = "conjugate", methodOf = "float")
@GenerateNodeFactory
abstract class FloatConjugateMethod extends BuiltinNode {

    @Specialization
    static double doDouble(double self) {
        return self;
    }
}
