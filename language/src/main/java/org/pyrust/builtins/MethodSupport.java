package org.pyrust.builtins;

import java.util.List;

import org.pyrust.runtime.Callables;
import org.pyrust.runtime.Containers;
import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.ToArrayNodeGen;
import org.pyrust.runtime.Values;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** What the methods of the built-in types share. */
final class MethodSupport {

    private MethodSupport() {
    }

    /** {@code seq.index(x, start, end)}: the first position of an equal element; a ValueError when none. */
    @TruffleBoundary
    static long index(Object[] items, Object value, Object start, Object end, EqNode eq, String type) {
        long n = items.length;
        long from = clamp(Args.absentOrNone(start) ? 0 : Args.integer(start), n);
        long to = clamp(Args.absentOrNone(end) ? n : Args.integer(end), n);
        for (long i = from; i < to; i++) {
            Object item = items[(int) i];
            if (item == value || eq.execute(item, value)) {
                return i;
            }
        }
        throw BuiltinNode.error(ExceptionTypes.VALUE_ERROR, type.equals("list") ? Values.repr(value) + " is not in list" : "tuple.index(x): x not in tuple");
    }

    private static long clamp(long i, long n) {
        return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    }

    @TruffleBoundary
    static long count(Object[] items, Object value, EqNode eq) {
        long count = 0;
        for (Object item : items) {
            if (item == value || eq.execute(item, value)) {
                count++;
            }
        }
        return count;
    }

    /** Sorts by {@code key(item)} when a key is given (each key computed once), stable. */
    @TruffleBoundary
    static void sort(Object[] items, Object key, boolean reverse) {
        if (Args.absentOrNone(key)) {
            Containers.sort(items, reverse);
            return;
        }
        Object[] keys = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = Callables.call(key, items[i]);
        }
        Containers.sort(items, keys, reverse);
    }

    static PySet receiverSet(Object[] arguments, String name) {
        if (arguments.length == 0 || !(arguments[0] instanceof PySet set)) {
            CompilerDirectives.transferToInterpreter();
            throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "descriptor '" + name + "' for 'set' objects doesn't apply to this object");
        }
        return set;
    }

    @TruffleBoundary
    static PySet asSet(Object value) {
        return value instanceof PySet set ? set : Containers.setOf(ToArrayNodeGen.getUncached().execute(value), false);
    }

    @TruffleBoundary
    static PyList list(List<String> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Values.string(parts.get(i));
        }
        return new PyList(items);
    }

    @TruffleBoundary
    static PyTuple tuple(String[] parts) {
        Object[] items = new Object[parts.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = Values.string(parts[i]);
        }
        return new PyTuple(items);
    }

    /** {@code s.startswith(prefix)}, the prefix a string or a tuple of strings. */
    @TruffleBoundary
    static boolean startswith(String s, Object prefix, Long start, Long end) {
        if (prefix instanceof PyTuple tuple) {
            for (Object p : tuple.items()) {
                if (StrMethods.startswith(s, Args.str(p, "tuple for startswith must only contain str, not"), start, end)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof TruffleString)) {
            throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "startswith first arg must be str or a tuple of str, not " + Values.typeName(prefix));
        }
        return StrMethods.startswith(s, Args.str(prefix, null), start, end);
    }

    @TruffleBoundary
    static boolean endswith(String s, Object suffix, Long start, Long end) {
        if (suffix instanceof PyTuple tuple) {
            for (Object p : tuple.items()) {
                if (StrMethods.endswith(s, Args.str(p, "tuple for endswith must only contain str, not"), start, end)) {
                    return true;
                }
            }
            return false;
        }
        if (!(suffix instanceof TruffleString)) {
            throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "endswith first arg must be str or a tuple of str, not " + Values.typeName(suffix));
        }
        return StrMethods.endswith(s, Args.str(suffix, null), start, end);
    }

    /** The fill character of center/ljust/rjust: one character, a space by default. */
    @TruffleBoundary
    static int fillChar(Object fill, String name) {
        if (Args.absent(fill)) {
            return ' ';
        }
        String f = Args.str(fill, "The fill character");
        if (f.codePointCount(0, f.length()) != 1) {
            throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }
}
