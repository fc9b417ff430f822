package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.numeric.*;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code bool(x)}: the truth of {@code x}. */
@Builtin(name = "bool", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class BoolBuiltin extends BuiltinNode {

    @Specialization
    static boolean doNoValue(@SuppressWarnings("unused") NoValue value) {
        return false;
    }

    @Fallback
    static boolean doValue(Object value, @Cached IsTrueNode isTrue) {
        return isTrue.execute(value);
    }
}
