package org.pyrust.builtins;

import org.pyrust.runtime.PyList;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.copy()}: a shallow copy. */
@Builtin(name = "copy", methodOf = "list")
@GenerateNodeFactory
abstract class ListCopyMethod extends BuiltinNode {

    @Specialization
    static PyList doCopy(PyList self) {
        return new PyList(self.toArray());
    }
}
