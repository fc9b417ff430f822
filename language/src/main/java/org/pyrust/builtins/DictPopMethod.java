package org.pyrust.builtins;

import org.pyrust.runtime.GetItemNode;
import org.pyrust.runtime.PyDict;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

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
