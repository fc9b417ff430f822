package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.isascii()} (Python 3.7): whether every character is below U+0080; true for the empty string. */
@Builtin(name = "isascii", methodOf = "str")
@GenerateNodeFactory
abstract class StrIsasciiMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static boolean doMethod(TruffleString self) {
        return self.toJavaStringUncached().chars().allMatch(c -> c < 0x80);
    }
}
