package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyTuple;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.popitem()}: the last entry, as a pair. */
@Builtin(name = "popitem", methodOf = "dict")
@GenerateNodeFactory
abstract class DictPopItemMethod extends BuiltinNode {

    @Specialization
    static PyTuple doPopItem(PyDict self) {
        Object[] entry = self.popLast();
        if (entry == null) {
            throw PyRustException.raise(ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty", null);
        }
        return new PyTuple(entry);
    }
}
