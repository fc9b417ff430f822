package org.pyrust.builtins;

import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

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
