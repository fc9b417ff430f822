package org.pyrust.builtins;

import org.pyrust.runtime.PySet;
import org.pyrust.runtime.RichCompareNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.issuperset(other)}. */
@Builtin(name = "issuperset", methodOf = "set")
@GenerateNodeFactory
abstract class SetIsSupersetMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static boolean doTest(PySet self, Object other) {
        return RichCompareNode.subset(MethodSupport.asSet(other), self);
    }
}
