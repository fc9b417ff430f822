package org.pyrust.builtins;

import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.clear()}. */
@Builtin(name = "clear", methodOf = "set")
@GenerateNodeFactory
abstract class SetClearMethod extends BuiltinNode {

    @Specialization
    static Object doClear(PySet self) {
        self.clear();
        return PyRustNone.INSTANCE;
    }
}
