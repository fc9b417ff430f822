package org.pyrust.builtins;

import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.clear()}. */
@Builtin(name = "clear", methodOf = "list")
@GenerateNodeFactory
abstract class ListClearMethod extends BuiltinNode {

    @Specialization
    static Object doClear(PyList self) {
        self.clear();
        return PyRustNone.INSTANCE;
    }
}
