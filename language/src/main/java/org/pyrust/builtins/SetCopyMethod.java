package org.pyrust.builtins;

import org.pyrust.runtime.PySet;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.copy()}. */
@Builtin(name = "copy", methodOf = "set")
@GenerateNodeFactory
abstract class SetCopyMethod extends BuiltinNode {

    @Specialization
    static PySet doCopy(PySet self) {
        return new PySet(self, self.isFrozen());
    }
}
