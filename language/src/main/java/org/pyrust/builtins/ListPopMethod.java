package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code list.pop([i])}. */
@Builtin(name = "pop", methodOf = "list", minArgs = 1)
@GenerateNodeFactory
abstract class ListPopMethod extends BuiltinNode {

    @Specialization
    static Object doPop(PyList self, Object index) {
        if (self.size() == 0) {
            throw PyRustException.raise(ExceptionTypes.INDEX_ERROR, "pop from empty list", null);
        }
        long i = Args.optInteger(index, -1);
        long at = i < 0 ? i + self.size() : i;
        if (at < 0 || at >= self.size()) {
            throw PyRustException.raise(ExceptionTypes.INDEX_ERROR, "pop index out of range", null);
        }
        return self.removeAt((int) at);
    }
}
