package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustException;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.pop([i])}. */
@Builtin(name = "pop", methodOf = "list", minArgs = 1)
@GenerateNodeFactory
abstract class ListPopMethod extends BuiltinNode {

    @Specialization
    static Object doPop(PyList self, Object index) {
        if (self.size() == 0) {
            throw PyRustException.raise(ExceptionTypes.INDEX_ERROR, "pop from empty list", null);
        }
        long i = Args.optInteger(index, -1);
        long at = i < 0 ? i + self.size() : i;
        if (at < 0 || at >= self.size()) {
            throw PyRustException.raise(ExceptionTypes.INDEX_ERROR, "pop index out of range", null);
        }
        return self.removeAt((int) at);
    }
}
