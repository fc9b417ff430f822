package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code set.clear()}. */
@Builtin(name = "clear", methodOf = "set")
@GenerateNodeFactory
abstract class SetClearMethod extends BuiltinNode {

    @Specialization
    static Object doClear(PySet self) {
        self.clear();
        return PyRustNone.INSTANCE;
    }
}
