package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python's {@code x[i]}: sequences by int index (negative from the end) or slice, dicts by key. A bool
 * index is an int ({@link ArithmeticTypes}).
 */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class GetItemNode extends Node {

    public abstract Object execute(Object container, Object index);

    @Specialization(guards = "isLongStorage(list)")
    static long doLongList(PyList list, long index, @Bind Node node) {
        return ((long[]) list.storage())[Sequences.normalize(index, list.size(), "list", node)];
    }

    @Specialization(replaces = "doLongList")
    static Object doList(PyList list, long index, @Bind Node node) {
        return list.get(Sequences.normalize(index, list.size(), "list", node));
    }

    @Specialization
    static Object doTuple(PyTuple tuple, long index, @Bind Node node) {
        return tuple.get(Sequences.normalize(index, tuple.size(), "tuple", node));
    }

    @Specialization
    static TruffleString doString(TruffleString string, long index, @Bind Node node,
                    @com.oracle.truffle.api.dsl.Cached TruffleString.SubstringByteIndexNode substring) {
        int i = Sequences.normalize(index, Values.length(string), "string", node);
        return substring.execute(string, i << 2, 4, Values.ENCODING, true);
    }

    @Specialization
    static long doRange(PyRange range, long index, @Bind Node node) {
        if (index < 0 ? index + range.length() < 0 : index >= range.length()) {
            throw PyRustException.raise(ExceptionTypes.INDEX_ERROR, "range object index out of range", node);
        }
        return range.get(index < 0 ? index + range.length() : index);
    }

    @Specialization
    static Object doDict(PyDict dict, Object key, @Bind Node node, @Cached DictEntryNode entry) {
        int e = entry.execute(dict, key);
        if (e < 0) {
            throw keyError(key, node);
        }
        return dict.valueAt(e);
    }

    @Specialization
    static Object doListSlice(PyList list, PySlice slice) {
        return Sequences.slice(list, slice);
    }

    @Specialization
    static Object doTupleSlice(PyTuple tuple, PySlice slice) {
        return Sequences.slice(tuple, slice);
    }

    @Specialization
    static Object doStringSlice(TruffleString string, PySlice slice) {
        return Sequences.slice(string, slice);
    }

    @Specialization
    static Object doRangeSlice(PyRange range, PySlice slice) {
        return Sequences.slice(range, slice);
    }

    /** {@code list[int]} in an annotation. */
    @Specialization
    static Object doAlias(PythonType type, Object index) {
        return new PyGenericAlias(type, index);
    }

    @Fallback
    static Object doOther(Object container, Object index, @Bind Node node) {
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, message(container, index), node);
    }

    static boolean isLongStorage(PyList list) {
        return list.storage() instanceof long[];
    }

    /** KeyError's message is the key's repr, as CPython's {@code str(KeyError(k))} is. */
    @TruffleBoundary
    public static PyRustException keyError(Object key, Node node) {
        return PyRustException.of(new ExceptionObject(ExceptionTypes.KEY_ERROR, new Object[]{key}, false), node);
    }

    @TruffleBoundary
    private static String message(Object container, Object index) {
        String type = Values.typeName(container);
        return switch (container) {
            case PyList l -> "list indices must be integers or slices, not " + Values.typeName(index);
            case PyTuple t -> "tuple indices must be integers or slices, not " + Values.typeName(index);
            case PyRange r -> "range indices must be integers or slices, not " + Values.typeName(index);
            case TruffleString s -> "string indices must be integers, not '" + Values.typeName(index) + "'";
            default -> "'" + type + "' object is not subscriptable";
        };
    }
}
