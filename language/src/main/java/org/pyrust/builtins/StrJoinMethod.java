package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.join} on the string itself ({@link StrKernels}). */
@Builtin(name = "join", methodOf = "str")
@GenerateNodeFactory
abstract class StrJoinMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object iterable) {
        return StrKernels.join(self, iterable);
    }
}
