package org.pyrust.builtins;

import org.pyrust.runtime.GetItemNode;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

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
