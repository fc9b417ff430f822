package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

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
