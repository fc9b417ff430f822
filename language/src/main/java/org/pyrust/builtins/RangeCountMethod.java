package org.pyrust.builtins;

import org.pyrust.runtime.PyRange;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code range.count(x)}: 1 if the int is in the range, else 0. */
@Builtin(name = "count", methodOf = "range")
@GenerateNodeFactory
abstract class RangeCountMethod extends BuiltinNode {

    @Specialization
    static long doCount(PyRange self, Object value) {
        return (value instanceof Long || value instanceof Boolean) && self.contains(Args.integer(value)) ? 1 : 0;
    }
}
