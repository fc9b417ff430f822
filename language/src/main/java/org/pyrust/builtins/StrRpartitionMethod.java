package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.rpartition}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "rpartition", methodOf = "str")
@GenerateNodeFactory
abstract class StrRpartitionMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object sep) {
        String s = self.toJavaStringUncached();
        try {
            return MethodSupport.tuple(StrMethods.rpartition(s, Args.str(sep, null)));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
