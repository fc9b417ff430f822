package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.startswith}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "startswith", methodOf = "str", minArgs = 2, arity = Builtin.Arity.TAKES)
@GenerateNodeFactory
abstract class StrStartswithMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object prefix, Object start, Object end) {
        String s = self.toJavaStringUncached();
        try {
            return MethodSupport.startswith(s, prefix, Args.bound(start), Args.bound(end));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
