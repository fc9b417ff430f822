package org.pyrust.runtime;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** The elements of any iterable as a fresh array: {@code list(x)}, {@code tuple(x)}, unpacking, {@code *args}. */
@GenerateUncached
@GenerateInline(false)
public abstract class ToArrayNode extends Node {

    public abstract Object[] execute(Object iterable);

    @Specialization
    static Object[] doList(PyList list) {
        return list.toArray();
    }

    @Specialization
    static Object[] doTuple(PyTuple tuple) {
        return tuple.items().clone();
    }

    /** A range knows its length: one that no list can hold is a MemoryError at once, as in CPython. */
    @Specialization
    @TruffleBoundary
    static Object[] doRange(PyRange range) {
        if (range.length() > PyList.MAX_SIZE) {
            throw PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "", null);
        }
        Object[] items = new Object[(int) range.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = range.get(i);
        }
        return items;
    }

    @Fallback
    static Object[] doOther(Object iterable, @Cached GetIterNode getIter) {
        return drain(getIter.execute(iterable));
    }

    @TruffleBoundary
    static Object[] drain(PyIterator iterator) {
        ArrayList<Object> items = new ArrayList<>();
        for (Object item = iterator.next(); item != null; item = iterator.next()) {
            if (items.size() >= PyList.MAX_SIZE) {
                throw PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "", null);
            }
            items.add(item);
        }
        return items.toArray();
    }
}
