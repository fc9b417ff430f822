package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.count} on the string itself ({@link StrKernels}). */
@Builtin(name = "count", methodOf = "str", minArgs = 2, arity = Builtin.Arity.TAKES)
@GenerateNodeFactory
abstract class StrCountMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object sub, Object start, Object end) {
        return StrKernels.count(self, Args.truffleString(sub, null), Args.bound(start), Args.bound(end));
    }
}
