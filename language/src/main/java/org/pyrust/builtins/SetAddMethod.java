package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code set.add(x)}. */
@Builtin(name = "add", methodOf = "set")
@GenerateNodeFactory
abstract class SetAddMethod extends BuiltinNode {

    @Specialization
    static Object doAdd(PySet self, Object value) {
        self.add(value);
        return PyRustNone.INSTANCE;
    }
}
