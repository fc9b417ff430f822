package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code range} as a value: {@code len}, indexing, {@code in} and iteration without a list. */
@ExportLibrary(InteropLibrary.class)
public final class PyRange implements PyRustValue {

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    /** {@code step} is not zero (the caller has checked). */
    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
    }

    /** The number of elements, exactly, without overflow (a range of all longs has more than fit a long: capped). */
    static long lengthOf(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        // The span fits an unsigned long; so does the division.
        long span = step > 0 ? stop - start - 1 : start - stop - 1;
        long count = Long.divideUnsigned(span, step > 0 ? step : -step) + 1;
        return count < 0 ? Long.MAX_VALUE : count;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        return length;
    }

    /** The element at {@code index} (0 <= index < length). */
    public long get(long index) {
        return start + index * step;
    }

    public boolean contains(long value) {
        if (step > 0 ? value < start || value >= stop : value > start || value <= stop) {
            return false;
        }
        return Long.remainderUnsigned(step > 0 ? value - start : start - value, step > 0 ? step : -step) == 0;
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
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
