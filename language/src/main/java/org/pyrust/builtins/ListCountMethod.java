package org.pyrust.builtins;

import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.PyList;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.count(x)}. */
@Builtin(name = "count", methodOf = "list")
@GenerateNodeFactory
abstract class ListCountMethod extends BuiltinNode {

    @Specialization
    static long doCount(PyList self, Object value, @Cached EqNode eq) {
        return MethodSupport.count(self.toArray(), value, eq);
    }
}
