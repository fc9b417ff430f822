package org.pyrust.builtins;

import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyDictView;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.values()}: a live view. */
@Builtin(name = "values", methodOf = "dict")
@GenerateNodeFactory
abstract class DictValuesMethod extends BuiltinNode {

    @Specialization
    static PyDictView doView(PyDict self) {
        return new PyDictView(self, PyIterator.DictIterator.Kind.VALUES);
    }
}
