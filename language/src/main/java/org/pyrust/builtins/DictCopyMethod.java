package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code dict.copy()}. */
@Builtin(name = "copy", methodOf = "dict")
@GenerateNodeFactory
abstract class DictCopyMethod extends BuiltinNode {

    @Specialization
    static PyDict doCopy(PyDict self) {
        return new PyDict(self);
    }
}
