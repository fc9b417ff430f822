package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.pop()}. */
@Builtin(name = "pop", methodOf = "set")
@GenerateNodeFactory
abstract class SetPopMethod extends BuiltinNode {

    @Specialization
    static Object doPop(PySet self) {
        Object value = self.pop();
        if (value == null) {
            throw PyRustException.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set", null);
        }
        return value;
    }
}
