package org.pyrust.builtins;

import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyDictView;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict.items()}: a live view. */
@Builtin(name = "items", methodOf = "dict")
@GenerateNodeFactory
abstract class DictItemsMethod extends BuiltinNode {

    @Specialization
    static PyDictView doView(PyDict self) {
        return new PyDictView(self, PyIterator.DictIterator.Kind.ITEMS);
    }
}
