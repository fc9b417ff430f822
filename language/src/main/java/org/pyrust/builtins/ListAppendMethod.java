package org.pyrust.builtins;

import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.append(x)}. */
@Builtin(name = "append", methodOf = "list")
@GenerateNodeFactory
abstract class ListAppendMethod extends BuiltinNode {

    @Specialization
    static Object doAppend(PyList self, Object value) {
        self.append(value);
        return PyRustNone.INSTANCE;
    }
}
