package org.pyrust.builtins;

import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.PyList;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.index(x[, start[, end]])}. */
@Builtin(name = "index", methodOf = "list", minArgs = 2)
@GenerateNodeFactory
abstract class ListIndexMethod extends BuiltinNode {

    @Specialization
    static long doIndex(PyList self, Object value, Object start, Object end, @Cached EqNode eq) {
        return MethodSupport.index(self.toArray(), value, start, end, eq, "list");
    }
}
