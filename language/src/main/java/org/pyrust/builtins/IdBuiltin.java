package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code id(x)}: a number unique among the objects alive together. Ints and strings have no identity of
 * their own in PyRust ({@code is} compares them by value), so equal ones share an id.
 */
@Builtin(name = "id")
@GenerateNodeFactory
abstract class IdBuiltin extends BuiltinNode {

    @Specialization
    static long doLong(long value) {
        return value;
    }

    @Fallback
    @TruffleBoundary
    static long doOther(Object value) {
        return value instanceof TruffleString s ? s.hashCode() : System.identityHashCode(value);
    }
}
