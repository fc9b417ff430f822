package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.rsplit}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "rsplit", methodOf = "str", minArgs = 1, names = {"self", "sep", "maxsplit"})
@GenerateNodeFactory
abstract class StrRsplitMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object sep, Object maxsplit) {
        String s = self.toJavaStringUncached();
        try {
            return MethodSupport.list(StrMethods.rsplit(s, Args.optStr(sep, "sep"), Args.optInteger(maxsplit, -1)));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
