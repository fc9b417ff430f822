package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.replace} on the string itself ({@link StrKernels}). */
@Builtin(name = "replace", methodOf = "str", minArgs = 3)
@GenerateNodeFactory
abstract class StrReplaceMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object old, Object replacement, Object count) {
        return StrKernels.replace(self, Args.truffleString(old, "replace() argument 1"), Args.truffleString(replacement, "replace() argument 2"), Args.optInteger(count, -1));
    }
}
