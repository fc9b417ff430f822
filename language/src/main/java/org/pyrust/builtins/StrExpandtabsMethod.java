package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.expandtabs}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "expandtabs", methodOf = "str", minArgs = 1, names = {"self", "tabsize"})
@GenerateNodeFactory
abstract class StrExpandtabsMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object tabsize) {
        String s = self.toJavaStringUncached();
        try {
            return Args.string(StrMethods.expandtabs(s, Args.optInteger(tabsize, 8)));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
