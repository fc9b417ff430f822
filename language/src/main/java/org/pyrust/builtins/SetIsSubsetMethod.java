package org.pyrust.builtins;

import org.pyrust.runtime.PySet;
import org.pyrust.runtime.RichCompareNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.issubset(other)}. */
@Builtin(name = "issubset", methodOf = "set")
@GenerateNodeFactory
abstract class SetIsSubsetMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static boolean doTest(PySet self, Object other) {
        return RichCompareNode.subset(self, MethodSupport.asSet(other));
    }
}
