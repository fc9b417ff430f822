package org.pyrust.builtins;

import org.pyrust.runtime.IsTrueNode;
import org.pyrust.runtime.NoValue;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

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
