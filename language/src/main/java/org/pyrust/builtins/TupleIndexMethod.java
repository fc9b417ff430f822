package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code tuple.index(x[, start[, end]])}. */
@Builtin(name = "index", methodOf = "tuple", minArgs = 2)
@GenerateNodeFactory
abstract class TupleIndexMethod extends BuiltinNode {

    @Specialization
    static long doIndex(PyTuple self, Object value, Object start, Object end, @Cached EqNode eq) {
        return MethodSupport.index(self.items(), value, start, end, eq, "tuple");
    }
}
