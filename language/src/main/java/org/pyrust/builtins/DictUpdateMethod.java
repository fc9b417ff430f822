package org.pyrust.builtins;

import org.pyrust.runtime.Containers;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.update(other)}: a mapping or pairs. */
@Builtin(name = "update", methodOf = "dict", minArgs = 1, varKeywords = true)
@GenerateNodeFactory
abstract class DictUpdateMethod extends BuiltinNode {

    @Specialization
    static Object doUpdate(PyDict self, Object other, Object keywords) {
        if (!Args.absent(other)) {
            Containers.updateFromPairs(self, other);
        }
        if (keywords instanceof PyDict named) {
            Containers.updateFromPairs(self, named);
        }
        return PyRustNone.INSTANCE;
    }
}
