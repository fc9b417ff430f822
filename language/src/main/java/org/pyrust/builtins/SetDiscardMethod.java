package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code set.discard(x)}. */
@Builtin(name = "discard", methodOf = "set")
@GenerateNodeFactory
abstract class SetDiscardMethod extends BuiltinNode {

    @Specialization
    static Object doDiscard(PySet self, Object value) {
        self.remove(value);
        return PyRustNone.INSTANCE;
    }
}
