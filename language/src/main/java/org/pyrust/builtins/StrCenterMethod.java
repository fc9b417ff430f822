package org.pyrust.builtins;

import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.center}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "center", methodOf = "str", minArgs = 2)
@GenerateNodeFactory
abstract class StrCenterMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object width, Object fill) {
        String s = self.toJavaStringUncached();
        try {
            return Args.string(StrMethods.center(s, Args.integer(width), MethodSupport.fillChar(fill, "center")));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
