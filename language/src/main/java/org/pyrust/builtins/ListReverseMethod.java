package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code list.reverse()}. */
@Builtin(name = "reverse", methodOf = "list")
@GenerateNodeFactory
abstract class ListReverseMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doReverse(PyList self) {
        Object[] items = self.toArray();
        java.util.Collections.reverse(java.util.Arrays.asList(items));
        self.setContents(items);
        return PyRustNone.INSTANCE;
    }
}
