package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

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
