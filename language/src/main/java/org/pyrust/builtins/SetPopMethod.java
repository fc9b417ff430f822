package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code set.pop()}. */
@Builtin(name = "pop", methodOf = "set")
@GenerateNodeFactory
abstract class SetPopMethod extends BuiltinNode {

    @Specialization
    static Object doPop(PySet self) {
        Object value = self.pop();
        if (value == null) {
            throw PyRustException.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set", null);
        }
        return value;
    }
}
