package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code list.append(x)}. */
@Builtin(name = "append", methodOf = "list")
@GenerateNodeFactory
abstract class ListAppendMethod extends BuiltinNode {

    @Specialization
    static Object doAppend(PyList self, Object value) {
        self.append(value);
        return PyRustNone.INSTANCE;
    }
}
