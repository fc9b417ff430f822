package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code ord(c)}: the code point of a one-character string. */
@Builtin(name = "ord")
@GenerateNodeFactory
abstract class OrdBuiltin extends BuiltinNode {

    @Specialization
    static long doString(TruffleString value) {
        long length = Values.length(value);
        if (length != 1) {
            CompilerDirectives.transferToInterpreter();
            throw error(ExceptionTypes.TYPE_ERROR, "ord() expected a character, but string of length " + length + " found");
        }
        return Values.codePointAt(value, 0);
    }

    @Fallback
    static long doOther(Object value) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "ord() expected string of length 1, but " + Values.typeName(value) + " found");
    }
}
