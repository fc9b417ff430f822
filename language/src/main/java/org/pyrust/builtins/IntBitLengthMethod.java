package org.pyrust.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code int.bit_length()}: the number of bits of {@code abs(self)}, 0 for 0 (bools are ints). */
@Builtin(name = "bit_length", methodOf = "int")
@GenerateNodeFactory
abstract class IntBitLengthMethod extends BuiltinNode {

    @Specialization
    static long doLong(long self) {
        // -(-2**63) wraps to itself, whose 0 leading zeros give 64, the right answer.
        return 64 - Long.numberOfLeadingZeros(self < 0 ? -self : self);
    }

    @Specialization
    static long doBoolean(boolean self) {
        return self ? 1 : 0;
    }
}
