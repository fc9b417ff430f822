package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code oct(i)}: {@code 0o} and the digits, with a minus sign before the prefix for a negative int. */
@Builtin(name = "oct")
@GenerateNodeFactory
abstract class OctBuiltin extends BuiltinNode {

    @Specialization
    static TruffleString doLong(long value) {
        return Args.inRadix(value, 8, "0o");
    }

    @Specialization
    static TruffleString doBoolean(boolean value) {
        return doLong(value ? 1 : 0);
    }

    @Fallback
    static Object doOther(Object value) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object cannot be interpreted as an integer");
    }
}
