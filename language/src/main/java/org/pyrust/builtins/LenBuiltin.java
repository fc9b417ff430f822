package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code len(s)}: the number of code points of a string. */
@Builtin(name = "len")
@GenerateNodeFactory
abstract class LenBuiltin extends BuiltinNode {

    @Specialization
    static long doString(TruffleString value) {
        return Values.length(value);
    }

    @Fallback
    static Object doOther(Object value) {
        throw error(ExceptionTypes.TYPE_ERROR, "object of type '" + Values.typeName(value) + "' has no len()");
    }
}
