package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.endswith}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "endswith", methodOf = "str", minArgs = 2, arity = Builtin.Arity.TAKES)
@GenerateNodeFactory
abstract class StrEndswithMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object prefix, Object start, Object end) {
        String s = self.toJavaStringUncached();
        try {
            return MethodSupport.endswith(s, prefix, Args.bound(start), Args.bound(end));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
