package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyRange;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code range(stop)}, {@code range(start, stop[, step])}: a range value. */
@Builtin(name = "range", minArgs = 1, constructor = true)
@GenerateNodeFactory
abstract class RangeBuiltin extends BuiltinNode {

    @Specialization
    static PyRange doRange(Object a, Object b, Object c) {
        if (b == NoValue.INSTANCE) {
            return new PyRange(0, index(a), 1);
        }
        long step = c == NoValue.INSTANCE ? 1 : index(c);
        if (step == 0) {
            throw error(ExceptionTypes.VALUE_ERROR, "range() arg 3 must not be zero");
        }
        return new PyRange(index(a), index(b), step);
    }

    private static long index(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object cannot be interpreted as an integer");
    }
}
