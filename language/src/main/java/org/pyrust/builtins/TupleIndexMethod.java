package org.pyrust.builtins;

import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.PyTuple;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code tuple.index(x[, start[, end]])}. */
@Builtin(name = "index", methodOf = "tuple", minArgs = 2)
@GenerateNodeFactory
abstract class TupleIndexMethod extends BuiltinNode {

    @Specialization
    static long doIndex(PyTuple self, Object value, Object start, Object end, @Cached EqNode eq) {
        return MethodSupport.index(self.items(), value, start, end, eq, "tuple");
    }
}
