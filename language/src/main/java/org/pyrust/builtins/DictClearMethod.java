package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code dict.clear()}. */
@Builtin(name = "clear", methodOf = "dict")
@GenerateNodeFactory
abstract class DictClearMethod extends BuiltinNode {

    @Specialization
    static Object doClear(PyDict self) {
        self.clear();
        return PyRustNone.INSTANCE;
    }
}
