package org.pyrust.builtins;

import org.pyrust.runtime.IsTrueNodeGen;
import org.pyrust.runtime.PyRustException;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.splitlines}, with CPython's semantics ({@link StrMethods}). */
@Builtin(name = "splitlines", methodOf = "str", minArgs = 1, names = {"self", "keepends"})
@GenerateNodeFactory
abstract class StrSplitlinesMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object keepends) {
        String s = self.toJavaStringUncached();
        try {
            return MethodSupport.list(StrMethods.splitlines(s, !Args.absent(keepends) && IsTrueNodeGen.getUncached().execute(keepends)));
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }
}
