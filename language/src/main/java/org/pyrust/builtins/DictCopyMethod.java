package org.pyrust.builtins;

import org.pyrust.runtime.PyDict;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.copy()}. */
@Builtin(name = "copy", methodOf = "dict")
@GenerateNodeFactory
abstract class DictCopyMethod extends BuiltinNode {

    @Specialization
    static PyDict doCopy(PyDict self) {
        return new PyDict(self);
    }
}
