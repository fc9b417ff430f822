package org.pyrust.builtins;

import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.setdefault(key[, default])}. */
@Builtin(name = "setdefault", methodOf = "dict", minArgs = 2)
@GenerateNodeFactory
abstract class DictSetDefaultMethod extends BuiltinNode {

    @Specialization
    static Object doSetDefault(PyDict self, Object key, Object defaultValue) {
        Object value = self.get(key);
        if (value == null) {
            value = Args.absent(defaultValue) ? PyRustNone.INSTANCE : defaultValue;
            self.put(key, value);
        }
        return value;
    }
}
