package org.pyrust.builtins;

import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.isdisjoint(other)}. */
@Builtin(name = "isdisjoint", methodOf = "set")
@GenerateNodeFactory
abstract class SetIsDisjointMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static boolean doTest(PySet self, Object other) {
        return SetOperations.intersection(self, MethodSupport.asSet(other)).size() == 0;
    }
}
