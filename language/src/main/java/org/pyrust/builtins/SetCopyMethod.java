package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code set.copy()}. */
@Builtin(name = "copy", methodOf = "set")
@GenerateNodeFactory
abstract class SetCopyMethod extends BuiltinNode {

    @Specialization
    static PySet doCopy(PySet self) {
        return new PySet(self, self.isFrozen());
    }
}
