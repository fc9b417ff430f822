package org.pyrust.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code int.conjugate()}: an int is its own complex conjugate (a bool's is its int). */
@Builtin(name = "conjugate", methodOf = "int")
@GenerateNodeFactory
abstract class IntConjugateMethod extends BuiltinNode {

    @Specialization
    static long doLong(long self) {
        return self;
    }

    @Specialization
    static long doBoolean(boolean self) {
        return self ? 1 : 0;
    }
}
