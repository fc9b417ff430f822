package org.pyrust.builtins;

import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.symmetric_difference(*others)}: others may be any iterables. */
@Builtin(name = "symmetric_difference", methodOf = "set", varArgs = true)
@GenerateNodeFactory
abstract class SetSymmetricDifferenceMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PySet doOp(Object[] arguments) {
        PySet self = MethodSupport.receiverSet(arguments, "symmetric_difference");
        PySet result = new PySet(self, self.isFrozen());
        for (int i = 1; i < arguments.length; i++) {
            result = SetOperations.symmetricDifference(result, MethodSupport.asSet(arguments[i]));
        }
        return result;
    }
}
