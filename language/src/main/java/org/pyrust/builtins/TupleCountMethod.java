package org.pyrust.builtins;

import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.PyTuple;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code tuple.count(x)}. */
@Builtin(name = "count", methodOf = "tuple")
@GenerateNodeFactory
abstract class TupleCountMethod extends BuiltinNode {

    @Specialization
    static long doCount(PyTuple self, Object value, @Cached EqNode eq) {
        return MethodSupport.count(self.items(), value, eq);
    }
}
