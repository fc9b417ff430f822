package org.pyrust.builtins;

import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.StrNode;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str(x)}: the text {@code print} would show; {@code str()} is the empty string. */
@Builtin(name = "str", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class StrBuiltin extends BuiltinNode {

    @Specialization
    static TruffleString doEmpty(@SuppressWarnings("unused") NoValue value) {
        return Values.EMPTY;
    }

    @Specialization(guards = "!isNoValue(value)")
    static TruffleString doValue(Object value, @Cached StrNode str) {
        return str.execute(value);
    }

    static boolean isNoValue(Object value) {
        return value == NoValue.INSTANCE;
    }
}
