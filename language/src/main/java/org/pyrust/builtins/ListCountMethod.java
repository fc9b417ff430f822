package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code list.count(x)}. */
@Builtin(name = "count", methodOf = "list")
@GenerateNodeFactory
abstract class ListCountMethod extends BuiltinNode {

    @Specialization
    static long doCount(PyList self, Object value, @Cached EqNode eq) {
        return MethodSupport.count(self.toArray(), value, eq);
    }
}
