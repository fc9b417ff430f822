package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code chr(i)}: the one-character string of code point {@code i}. */
@Builtin(name = "chr")
@GenerateNodeFactory
abstract class ChrBuiltin extends BuiltinNode {

    @Specialization
    static TruffleString doLong(long value) {
        if (value < 0 || value > 0x10FFFF) {
            throw error(ExceptionTypes.VALUE_ERROR, "chr() arg not in range(0x110000)");
        }
        return Values.fromCodePoint((int) value);
    }

    @Specialization
    static TruffleString doBoolean(boolean value) {
        return Values.fromCodePoint(value ? 1 : 0);
    }

    @Fallback
    static Object doOther(Object value) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object cannot be interpreted as an integer");
    }
}
