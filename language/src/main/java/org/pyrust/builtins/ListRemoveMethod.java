package org.pyrust.builtins;

import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.remove(x)}: the first element equal to {@code x}. */
@Builtin(name = "remove", methodOf = "list")
@GenerateNodeFactory
abstract class ListRemoveMethod extends BuiltinNode {

    @Specialization
    static Object doRemove(PyList self, Object value, @Cached EqNode eq) {
        for (int i = 0; i < self.size(); i++) {
            Object item = self.get(i);
            if (item == value || eq.execute(item, value)) {
                self.removeAt(i);
                return PyRustNone.INSTANCE;
            }
        }
        throw PyRustException.raise(ExceptionTypes.VALUE_ERROR, "list.remove(x): x not in list", null);
    }
}
