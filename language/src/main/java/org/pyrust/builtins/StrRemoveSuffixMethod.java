package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.removesuffix(suffix)} (Python 3.9): the string without that suffix, or unchanged when it lacks it. */
@Builtin(name = "removesuffix", methodOf = "str")
@GenerateNodeFactory
abstract class StrRemoveSuffixMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object suffix) {
        String s = self.toJavaStringUncached();
        if (suffix == PyRustNone.INSTANCE) {
            // CPython's argument parser names None itself, not its type.
            throw error(ExceptionTypes.TYPE_ERROR, "removesuffix() argument must be str, not None");
        }
        String affix = Args.str(suffix, "removesuffix() argument");
        return s.endsWith(affix) && !affix.isEmpty()
                        ? Args.string(s.substring(0, s.length() - affix.length()))
                        : self;
    }
}
