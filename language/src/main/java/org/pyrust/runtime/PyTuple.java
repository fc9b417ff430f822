package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code tuple}: an immutable array of values. */
@ExportLibrary(InteropLibrary.class)
public final class PyTuple implements PyRustValue {

    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    /** Takes {@code items} as they are: the caller gives up the array. */
    public PyTuple(Object... items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    /** The elements; callers must not change the array. */
    public Object[] items() {
        return items;
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
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= items.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return items[(int) index];
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
