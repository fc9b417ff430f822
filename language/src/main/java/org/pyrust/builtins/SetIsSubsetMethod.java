package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

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
