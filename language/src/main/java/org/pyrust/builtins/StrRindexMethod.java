package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.rindex}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "rindex", methodOf = "str", minArgs = 2, arity = Builtin.Arity.TAKES)
@GenerateNodeFactory
abstract class StrRindexMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object sub, Object start, Object end) {
        String s = self.toJavaStringUncached();
        try {
            return StrMethods.rindex(s, Args.str(sub, null), Args.bound(start), Args.bound(end));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
