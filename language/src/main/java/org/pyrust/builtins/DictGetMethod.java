package org.pyrust.builtins;

import org.pyrust.runtime.DictEntryNode;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.get(key[, default])}. */
@Builtin(name = "get", methodOf = "dict", minArgs = 2)
@GenerateNodeFactory
abstract class DictGetMethod extends BuiltinNode {

    @Specialization
    static Object doGet(PyDict self, Object key, Object defaultValue, @Cached DictEntryNode entry) {
        int e = entry.execute(self, key);
        return e >= 0 ? self.valueAt(e) : Args.absent(defaultValue) ? PyRustNone.INSTANCE : defaultValue;
    }
}
