package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code abs(x)}: of an int, a bool or a float; the smallest int has no 64-bit absolute value. */
@Builtin(name = "abs")
@GenerateNodeFactory
abstract class AbsBuiltin extends BuiltinNode {

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Specialization
    static long doLong(long value) {
        if (value == Long.MIN_VALUE) {
            CompilerDirectives.transferToInterpreter();
            throw ruleError(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: abs(" + value + ")");
        }
        return Math.abs(value);
    }

    @Specialization
    static double doDouble(double value) {
        return Math.abs(value);
    }

    @Fallback
    static Object doOther(Object value) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "bad operand type for abs(): '" + Values.typeName(value) + "'");
    }
}
