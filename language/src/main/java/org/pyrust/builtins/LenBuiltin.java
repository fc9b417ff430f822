package org.pyrust.builtins;

import org.pyrust.runtime.LenNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code len(x)}: of a string (in code points) or a container. */
@Builtin(name = "len")
@GenerateNodeFactory
abstract class LenBuiltin extends BuiltinNode {

    @Specialization
    static long doLen(Object value, @Cached LenNode len) {
        return len.execute(value);
    }
}
