package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.removeprefix(prefix)} (Python 3.9): the string without that prefix, or unchanged when it lacks it. */
@Builtin(name = "removeprefix", methodOf = "str")
@GenerateNodeFactory
abstract class StrRemovePrefixMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object prefix) {
        String s = self.toJavaStringUncached();
        if (prefix == PyRustNone.INSTANCE) {
            // CPython's argument parser names None itself, not its type.
            throw error(ExceptionTypes.TYPE_ERROR, "removeprefix() argument must be str, not None");
        }
        String affix = Args.str(prefix, "removeprefix() argument");
        return s.startsWith(affix) && !affix.isEmpty()
                        ? Args.string(s.substring(affix.length()))
                        : self;
    }
}
