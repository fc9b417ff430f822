package org.pyrust.builtins;

import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.union(*others)}: others may be any iterables. */
@Builtin(name = "union", methodOf = "set", varArgs = true)
@GenerateNodeFactory
abstract class SetUnionMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PySet doOp(Object[] arguments) {
        PySet self = MethodSupport.receiverSet(arguments, "union");
        PySet result = new PySet(self, self.isFrozen());
        for (int i = 1; i < arguments.length; i++) {
            result = SetOperations.union(result, MethodSupport.asSet(arguments[i]));
        }
        return result;
    }
}
