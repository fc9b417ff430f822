package org.pyrust.builtins;

import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

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
