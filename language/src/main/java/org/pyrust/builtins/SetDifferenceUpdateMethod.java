package org.pyrust.builtins;

import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code set.difference_update(*others)}: removes the elements of the others (any iterables). Each step goes through {@link SetOperations#assign}, as the
 * in-place operator does, so the set iterates in the order CPython's would.
 */
@Builtin(name = "difference_update", methodOf = "set", varArgs = true)
@GenerateNodeFactory
abstract class SetDifferenceUpdateMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doUpdate(Object[] arguments) {
        PySet self = MethodSupport.receiverSet(arguments, "difference_update");
        for (int i = 1; i < arguments.length; i++) {
            SetOperations.assign(self, SetOperations.difference(self, MethodSupport.asSet(arguments[i])));
        }
        return PyRustNone.INSTANCE;
    }
}
