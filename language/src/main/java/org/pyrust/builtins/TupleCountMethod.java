package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code tuple.count(x)}. */
@Builtin(name = "count", methodOf = "tuple")
@GenerateNodeFactory
abstract class TupleCountMethod extends BuiltinNode {

    @Specialization
    static long doCount(PyTuple self, Object value, @Cached EqNode eq) {
        return MethodSupport.count(self.items(), value, eq);
    }
}
