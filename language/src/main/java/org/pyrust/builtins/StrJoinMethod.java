package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/**
 * {@code str.join}. A list, the common case, is joined here, in compiled code with TruffleString's cached
 * nodes; any other iterable by {@link StrKernels}.
 */
@Builtin(name = "join", methodOf = "str")
@GenerateNodeFactory
abstract class StrJoinMethod extends BuiltinNode {

    @Specialization(guards = "isObjectList(list)")
    static TruffleString doList(TruffleString self, PyList list,
                    @Cached TruffleStringBuilder.AppendStringNode append,
                    @Cached TruffleStringBuilder.ToStringNode toString) {
        Object[] items = (Object[]) list.storage();
        int size = list.size();
        long bytes = (long) Math.max(0, size - 1) * self.byteLength(Values.ENCODING);
        for (int i = 0; i < size; i++) {
            if (!(items[i] instanceof TruffleString item)) {
                throw notAString(i, items[i]);
            }
            bytes += item.byteLength(Values.ENCODING);
        }
        if (size == 1) {
            return (TruffleString) items[0];
        } else if (bytes > Values.MAX_STRING_LENGTH << 2) {
            throw tooLong();
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(Values.ENCODING, (int) bytes);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                append.execute(sb, self);
            }
            append.execute(sb, (TruffleString) items[i]);
        }
        return toString.execute(sb);
    }

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object iterable) {
        return StrKernels.join(self, iterable);
    }

    /** A list whose storage holds objects: a list of ints or floats holds no strings to join. */
    static boolean isObjectList(PyList list) {
        return list.storage() instanceof Object[];
    }

    private static RuntimeException notAString(int index, Object item) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "sequence item " + index + ": expected str instance, " + Values.typeName(item) + " found");
    }

    private static RuntimeException tooLong() {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.MEMORY_ERROR, "");
    }
}
