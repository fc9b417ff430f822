package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * {@code a[start:stop:step]}'s index: each part an int or None. {@link #indices} clamps them to a
 * sequence's length as CPython does, so that {@code xs[-100:100]} and {@code xs[::-1]} need no special case.
 */
@ExportLibrary(InteropLibrary.class)
public final class PySlice implements PyRustValue {

    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    /** The adjusted start, stop, step and the number of selected elements, for a sequence of {@code length}. */
    public record Bounds(long start, long stop, long step, long length) {
    }

    public Bounds indices(long length) {
        long st = step == PyRustNone.INSTANCE ? 1 : index(step);
        if (st == 0) {
            throw PyRustException.raise(ExceptionTypes.VALUE_ERROR, "slice step cannot be zero", null);
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long b = start == PyRustNone.INSTANCE ? (st < 0 ? upper : lower) : clamp(index(start), length, lower, upper);
        long e = stop == PyRustNone.INSTANCE ? (st < 0 ? lower : upper) : clamp(index(stop), length, lower, upper);
        long count;
        if (st > 0) {
            count = b < e ? (e - b - 1) / st + 1 : 0;
        } else {
            count = b > e ? (b - e - 1) / -st + 1 : 0;
        }
        return new Bounds(b, e, st, count);
    }

    private static long clamp(long i, long length, long lower, long upper) {
        if (i < 0) {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    private static long index(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "slice indices must be integers or None or have an __index__ method", null);
    }

    @Override
    public String toString() {
        return "slice(" + Values.repr(start) + ", " + Values.repr(stop) + ", " + Values.repr(step) + ")";
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
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
