package org.pyrust.builtins;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.ToArrayNodeGen;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/**
 * {@code str.join}. A list, the common case, is joined in compiled code with TruffleString's cached
 * nodes; any other iterable is made an array first, behind a boundary, and joined the same way.
 */
@Builtin(name = "join", methodOf = "str")
@GenerateNodeFactory
abstract class StrJoinMethod extends BuiltinNode {

    @Specialization(guards = "isObjectList(list)")
    static TruffleString doList(TruffleString self, PyList list,
                    @Cached TruffleStringBuilder.AppendStringNode append,
                    @Cached TruffleStringBuilder.ToStringNode toString) {
        return join(self, (Object[]) list.storage(), list.size(), append, toString);
    }

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object iterable) {
        Object[] items;
        try {
            items = ToArrayNodeGen.getUncached().execute(iterable);
        } catch (PyRustException e) {
            if (Errors.isNotIterable(e, iterable)) {
                throw error(ExceptionTypes.TYPE_ERROR, "can only join an iterable");
            }
            throw e;
        }
        return join(self, items, items.length, TruffleStringBuilder.AppendStringNode.getUncached(), TruffleStringBuilder.ToStringNode.getUncached());
    }

    /** The first {@code size} of {@code items}, each of which must be a str, with {@code separator} between them. */
    private static TruffleString join(TruffleString separator, Object[] items, int size, TruffleStringBuilder.AppendStringNode append,
                    TruffleStringBuilder.ToStringNode toString) {
        long bytes = (long) Math.max(0, size - 1) * separator.byteLength(Values.ENCODING);
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
                append.execute(sb, separator);
            }
            append.execute(sb, (TruffleString) items[i]);
        }
        return toString.execute(sb);
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
