package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code set.remove(x)}: a KeyError when absent. */
@Builtin(name = "remove", methodOf = "set")
@GenerateNodeFactory
abstract class SetRemoveMethod extends BuiltinNode {

    @Specialization
    static Object doRemove(PySet self, Object value) {
        if (!self.remove(value)) {
            throw GetItemNode.keyError(value, null);
        }
        return PyRustNone.INSTANCE;
    }
}
