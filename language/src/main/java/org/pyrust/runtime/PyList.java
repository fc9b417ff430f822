package org.pyrust.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's {@code list}, on a storage strategy as GraalPy and TruffleRuby do it: while a list holds only
 * ints its elements live in a {@code long[]}, only floats in a {@code double[]}, otherwise in an
 * {@code Object[]}; the first element of another kind generalises the storage once and for good. A bool
 * is not stored as an int: {@code [True]} must stay {@code [True]}.
 *
 * <p>Element access goes through {@link #get} and {@link #set}; the nodes that care about speed check
 * {@link #storage()} themselves.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyList implements PyRustValue {

    /** A list may not outgrow a Java array; a bigger request is Python's MemoryError. */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 16;

    private static final long[] EMPTY_LONGS = new long[0];

    private Object storage;
    private int size;

    public PyList() {
        this.storage = EMPTY_LONGS;
    }

    /** A list that takes {@code items} as its storage (not copied). */
    public PyList(Object[] items) {
        this.storage = items;
        this.size = items.length;
        specialize();
    }

    /**
     * A list of the first {@code size} of {@code items} (taken, not copied), which are objects that are
     * neither ints nor floats (strings, say), so that their storage stays an {@code Object[]}.
     */
    public static PyList ofObjects(Object[] items, int size) {
        PyList list = new PyList();
        if (size == 0) {
            return list;
        }
        list.storage = items;
        list.size = size;
        return list;
    }

    public PyList(long[] items, int size) {
        this.storage = items;
        this.size = size;
    }

    public PyList(double[] items, int size) {
        this.storage = items;
        this.size = size;
    }

    /** The storage array: a {@code long[]}, {@code double[]} or {@code Object[]} of which {@link #size()} are used. */
    public Object storage() {
        return storage;
    }

    public int size() {
        return size;
    }

    public Object get(int index) {
        Object s = storage;
        if (s instanceof long[] longs) {
            return longs[index];
        } else if (s instanceof double[] doubles) {
            return doubles[index];
        }
        return ((Object[]) s)[index];
    }

    public void set(int index, Object value) {
        Object s = storage;
        if (s instanceof long[] longs && value instanceof Long l) {
            longs[index] = l;
        } else if (s instanceof double[] doubles && value instanceof Double d && !d.isNaN()) {
            doubles[index] = d;
        } else {
            generalize()[index] = value;
        }
    }

    public void append(Object value) {
        ensureCapacity((long) size + 1);
        set(size, value);
        size++;
    }

    public void appendLong(long value) {
        if (storage instanceof long[]) {
            ensureCapacity((long) size + 1);
            ((long[]) storage)[size++] = value;
        } else {
            append(value);
        }
    }

    public void insert(int index, Object value) {
        ensureCapacity((long) size + 1);
        Object s = storage;
        System.arraycopy(s, index, s, index + 1, size - index);
        size++;
        set(index, value);
    }

    /** Removes and returns the element at {@code index}. */
    public Object removeAt(int index) {
        Object value = get(index);
        System.arraycopy(storage, index + 1, storage, index, size - index - 1);
        size--;
        if (storage instanceof Object[] objects) {
            objects[size] = null;
        }
        return value;
    }

    /** Removes the elements {@code from} to {@code to} (exclusive). */
    public void removeRange(int from, int to) {
        System.arraycopy(storage, to, storage, from, size - to);
        int newSize = size - (to - from);
        if (storage instanceof Object[] objects) {
            Arrays.fill(objects, newSize, size, null);
        }
        size = newSize;
    }

    public void clear() {
        storage = EMPTY_LONGS;
        size = 0;
    }

    /** A copy of the elements, boxed. */
    public Object[] toArray() {
        Object[] result = new Object[size];
        for (int i = 0; i < size; i++) {
            result[i] = get(i);
        }
        return result;
    }

    /**
     * Sorts a list of ints or floats in its own storage, as Python's stable sort would order it; false
     * (and nothing done) for other storage. Equal ints cannot be told apart, so stability is free; among
     * floats only 0.0 and -0.0 are equal but distinguishable, so a float list holding -0.0 is left to
     * the general sort.
     */
    @TruffleBoundary
    public boolean sortPrimitive(boolean descending) {
        Object s = storage;
        if (s instanceof long[] longs) {
            Arrays.sort(longs, 0, size);
        } else if (s instanceof double[] doubles) {
            for (int i = 0; i < size; i++) {
                if (Double.doubleToRawLongBits(doubles[i]) == Long.MIN_VALUE) {
                    return false;
                }
            }
            Arrays.sort(doubles, 0, size);
        } else {
            return false;
        }
        if (descending) {
            reverse();
        }
        return true;
    }

    /** {@code list.reverse()}: in place, in whatever storage the list has. */
    @TruffleBoundary
    public void reverse() {
        Object s = storage;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            if (s instanceof long[] longs) {
                long t = longs[i];
                longs[i] = longs[j];
                longs[j] = t;
            } else if (s instanceof double[] doubles) {
                double t = doubles[i];
                doubles[i] = doubles[j];
                doubles[j] = t;
            } else {
                Object[] objects = (Object[]) s;
                Object t = objects[i];
                objects[i] = objects[j];
                objects[j] = t;
            }
        }
    }

    /** Replaces the contents with {@code items} (taken, not copied). */
    public void setContents(Object[] items) {
        this.storage = items;
        this.size = items.length;
        specialize();
    }

    /** Makes room for {@code capacity} elements; a list beyond a Java array is a MemoryError. */
    public void ensureCapacity(long capacity) {
        if (capacity > MAX_SIZE) {
            throw PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "", null);
        }
        if (capacity > capacity()) {
            grow((int) capacity);
        }
    }

    @TruffleBoundary
    private void grow(int capacity) {
        int newLength = (int) Math.min(MAX_SIZE, Math.max(capacity, Math.max(8, (long) size * 2)));
        try {
            if (storage instanceof long[] longs) {
                storage = Arrays.copyOf(longs, newLength);
            } else if (storage instanceof double[] doubles) {
                storage = Arrays.copyOf(doubles, newLength);
            } else {
                storage = Arrays.copyOf((Object[]) storage, newLength);
            }
        } catch (OutOfMemoryError e) {
            throw PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "", null);
        }
    }

    private int capacity() {
        Object s = storage;
        if (s instanceof long[] longs) {
            return longs.length;
        } else if (s instanceof double[] doubles) {
            return doubles.length;
        }
        return ((Object[]) s).length;
    }

    /** Turns the storage into an {@code Object[]} (once) and returns it. */
    private Object[] generalize() {
        Object s = storage;
        if (s instanceof Object[] objects) {
            return objects;
        }
        Object[] objects = new Object[Math.max(capacity(), size)];
        for (int i = 0; i < size; i++) {
            objects[i] = get(i);
        }
        storage = objects;
        return objects;
    }

    /** Chooses the narrowest storage for an {@code Object[]} just taken in. */
    private void specialize() {
        Object[] items = (Object[]) storage;
        if (size == 0) {
            storage = EMPTY_LONGS;
            return;
        }
        boolean allLong = true;
        boolean allDouble = true;
        for (int i = 0; i < size; i++) {
            allLong &= items[i] instanceof Long;
            // A NaN keeps its box: containment compares it by identity, as CPython does.
            allDouble &= items[i] instanceof Double d && !d.isNaN();
        }
        if (allLong) {
            long[] longs = new long[items.length];
            for (int i = 0; i < size; i++) {
                longs[i] = (Long) items[i];
            }
            storage = longs;
        } else if (allDouble) {
            double[] doubles = new double[items.length];
            for (int i = 0; i < size; i++) {
                doubles[i] = (Double) items[i];
            }
            storage = doubles;
        }
    }

    @Override
    public String toString() {
        return Values.repr(this);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= size) {
            throw InvalidArrayIndexException.create(index);
        }
        return get((int) index);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject(@Cached GetClassNode getClass) {
        // The one place where a value's class is decided (GetClassNode).
        return getClass.execute(this);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Values.repr(this);
    }
}
