package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

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
