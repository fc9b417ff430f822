package org.pyrust.builtins;

import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.difference(*others)}: others may be any iterables. */
@Builtin(name = "difference", methodOf = "set", varArgs = true)
@GenerateNodeFactory
abstract class SetDifferenceMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PySet doOp(Object[] arguments) {
        PySet self = MethodSupport.receiverSet(arguments, "difference");
        PySet result = new PySet(self, self.isFrozen());
        for (int i = 1; i < arguments.length; i++) {
            result = SetOperations.difference(result, MethodSupport.asSet(arguments[i]));
        }
        return result;
    }
}
