package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code list.copy()}: a shallow copy. */
@Builtin(name = "copy", methodOf = "list")
@GenerateNodeFactory
abstract class ListCopyMethod extends BuiltinNode {

    @Specialization
    static PyList doCopy(PyList self) {
        return new PyList(self.toArray());
    }
}
