package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code dict.pop(key[, default])}. */
@Builtin(name = "pop", methodOf = "dict", minArgs = 2)
@GenerateNodeFactory
abstract class DictPopMethod extends BuiltinNode {

    @Specialization
    static Object doPop(PyDict self, Object key, Object defaultValue) {
        Object value = self.remove(key);
        if (value != null) {
            return value;
        }
        if (Args.absent(defaultValue)) {
            throw GetItemNode.keyError(key, null);
        }
        return defaultValue;
    }
}
