package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRange;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code range.index(x)}: the position of an int in the range, a ValueError when absent. */
@Builtin(name = "index", methodOf = "range")
@GenerateNodeFactory
abstract class RangeIndexMethod extends BuiltinNode {

    @Specialization
    static long doIndex(PyRange self, Object value) {
        if ((value instanceof Long || value instanceof Boolean) && self.contains(Args.integer(value))) {
            return (Args.integer(value) - self.start()) / self.step();
        }
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.VALUE_ERROR, Values.repr(value) + " is not in range");
    }
}
