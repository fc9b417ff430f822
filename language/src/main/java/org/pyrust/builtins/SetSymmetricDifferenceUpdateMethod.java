package org.pyrust.builtins;

import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code set.symmetric_difference_update(*others)}: keeps the elements in exactly one of the set and the other (any iterable). Each step goes through {@link SetOperations#assign}, as the
 * in-place operator does, so the set iterates in the order CPython's would.
 */
@Builtin(name = "symmetric_difference_update", methodOf = "set", varArgs = true)
@GenerateNodeFactory
abstract class SetSymmetricDifferenceUpdateMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doUpdate(Object[] arguments) {
        PySet self = MethodSupport.receiverSet(arguments, "symmetric_difference_update");
        for (int i = 1; i < arguments.length; i++) {
            SetOperations.assign(self, SetOperations.symmetricDifference(self, MethodSupport.asSet(arguments[i])));
        }
        return PyRustNone.INSTANCE;
    }
}
