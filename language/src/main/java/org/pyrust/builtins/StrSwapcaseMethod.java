package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.swapcase}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "swapcase", methodOf = "str")
@GenerateNodeFactory
abstract class StrSwapcaseMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self) {
        String s = self.toJavaStringUncached();
        try {
            return Args.string(StrMethods.swapcase(s));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
