package org.pyrust.builtins;

import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.clear()}. */
@Builtin(name = "clear", methodOf = "dict")
@GenerateNodeFactory
abstract class DictClearMethod extends BuiltinNode {

    @Specialization
    static Object doClear(PyDict self) {
        self.clear();
        return PyRustNone.INSTANCE;
    }
}
