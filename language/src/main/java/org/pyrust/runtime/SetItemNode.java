package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

/** Python's {@code x[i] = v}: lists by index or slice, dicts by key. */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class SetItemNode extends Node {

    public abstract void execute(Object container, Object index, Object value);

    @Specialization
    static void doList(PyList list, long index, Object value, @Bind Node node) {
        list.set(Sequences.normalize(index, list.size(), "list assignment", node), value);
    }

    @Specialization
    static void doListSlice(PyList list, PySlice slice, Object value, @Bind Node node,
                    @Cached ToArrayNode toArray) {
        Object[] items;
        try {
            items = value == list ? list.toArray() : toArray.execute(value);
        } catch (PyRustException e) {
            throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "can only assign an iterable", node);
        }
        Sequences.assignSlice(list, slice, items, node);
    }

    @Specialization
    static void doDict(PyDict dict, Object key, Object value, @Cached DictEntryNode entry) {
        int e = entry.execute(dict, key);
        if (e >= 0) {
            dict.setValueAt(e, value);
        } else {
            dict.put(key, value);
        }
    }

    @Fallback
    static void doOther(Object container, Object index, Object value, @Bind Node node) {
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, message(container, index), node);
    }

    @TruffleBoundary
    private static String message(Object container, Object index) {
        if (container instanceof PyList) {
            return "list indices must be integers or slices, not " + Values.typeName(index);
        }
        return "'" + Values.typeName(container) + "' object does not support item assignment";
    }
}
