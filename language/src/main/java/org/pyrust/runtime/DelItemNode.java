package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

/** Python's {@code del x[i]}: lists by index or slice, dicts by key. */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class DelItemNode extends Node {

    public abstract void execute(Object container, Object index);

    @Specialization
    static void doList(PyList list, long index, @Bind Node node) {
        list.removeAt(Sequences.normalize(index, list.size(), "list assignment", node));
    }

    @Specialization
    static void doListSlice(PyList list, PySlice slice) {
        Sequences.deleteSlice(list, slice);
    }

    @Specialization
    static void doDict(PyDict dict, Object key, @Bind Node node) {
        if (dict.remove(key) == null) {
            throw GetItemNode.keyError(key, node);
        }
    }

    @Fallback
    static void doOther(Object container, Object index, @Bind Node node) {
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, message(container, index), node);
    }

    @TruffleBoundary
    private static String message(Object container, Object index) {
        if (container instanceof PyList) {
            return "list indices must be integers or slices, not " + Values.typeName(index);
        }
        return "'" + Values.typeName(container) + "' object doesn't support item deletion";
    }
}
