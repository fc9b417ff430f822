package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.replace}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "replace", methodOf = "str", minArgs = 3)
@GenerateNodeFactory
abstract class StrReplaceMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object old, Object replacement, Object count) {
        String s = self.toJavaStringUncached();
        try {
            return Args.string(StrMethods.replace(s, Args.str(old, "replace() argument 1"), Args.str(replacement, "replace() argument 2"), Args.optInteger(count, -1)));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
