package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.split} on the string itself ({@link StrKernels}). */
@Builtin(name = "split", methodOf = "str", minArgs = 1, names = {"self", "sep", "maxsplit"})
@GenerateNodeFactory
abstract class StrSplitMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object sep, Object maxsplit) {
        TruffleString separator = Args.absentOrNone(sep) ? null : Args.truffleString(sep, "sep");
        return StrKernels.split(self, separator, Args.optInteger(maxsplit, -1));
    }
}
