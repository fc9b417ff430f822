package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * What the sequence operations share: Python's index normalisation with its messages, and the generic
 * slice reads, behind boundaries (the nodes' fast paths handle plain indices themselves).
 */
public final class Sequences {

    private Sequences() {
    }

    /**
     * The position of Python index {@code index} in a sequence of {@code length}, negative ones counted
     * from the end; outside it is an IndexError "<what> index out of range".
     */
    public static int normalize(long index, long length, String what, Node node) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            CompilerDirectives.transferToInterpreter();
            throw PyRustException.raise(ExceptionTypes.INDEX_ERROR, what + " index out of range", node);
        }
        return (int) i;
    }

    @TruffleBoundary
    public static PyList slice(PyList list, PySlice slice) {
        PySlice.Bounds b = slice.indices(list.size());
        Object[] items = new Object[(int) b.length()];
        for (int k = 0; k < items.length; k++) {
            items[k] = list.get((int) (b.start() + k * b.step()));
        }
        return new PyList(items);
    }

    @TruffleBoundary
    public static PyTuple slice(PyTuple tuple, PySlice slice) {
        PySlice.Bounds b = slice.indices(tuple.size());
        if (b.step() == 1 && b.length() == tuple.size()) {
            return tuple;
        }
        Object[] items = new Object[(int) b.length()];
        for (int k = 0; k < items.length; k++) {
            items[k] = tuple.get((int) (b.start() + k * b.step()));
        }
        return new PyTuple(items);
    }

    @TruffleBoundary
    public static TruffleString slice(TruffleString string, PySlice slice) {
        PySlice.Bounds b = slice.indices(Values.length(string));
        if (b.step() == 1) {
            return Values.substring(string, (int) b.start(), (int) b.length());
        }
        StringBuilder sb = new StringBuilder();
        for (long k = 0; k < b.length(); k++) {
            sb.appendCodePoint(Values.codePointAt(string, (int) (b.start() + k * b.step())));
        }
        return Values.string(sb.toString());
    }

    @TruffleBoundary
    public static PyRange slice(PyRange range, PySlice slice) {
        PySlice.Bounds b = slice.indices(range.length());
        long step = range.step() * b.step();
        long start = range.start() + b.start() * range.step();
        return new PyRange(start, start + b.length() * step, step);
    }

    /** {@code list[slice] = items}: a plain slice may change the length, an extended one must match it. */
    @TruffleBoundary
    public static void assignSlice(PyList list, PySlice slice, Object[] items, Node node) {
        PySlice.Bounds b = slice.indices(list.size());
        if (b.step() == 1) {
            long stop = Math.max(b.start(), b.stop());
            Object[] old = list.toArray();
            long newSize = old.length - (stop - b.start()) + items.length;
            if (newSize > PyList.MAX_SIZE) {
                throw PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "", node);
            }
            Object[] result = new Object[(int) newSize];
            System.arraycopy(old, 0, result, 0, (int) b.start());
            System.arraycopy(items, 0, result, (int) b.start(), items.length);
            System.arraycopy(old, (int) stop, result, (int) b.start() + items.length, old.length - (int) stop);
            list.setContents(result);
            return;
        }
        if (items.length != b.length()) {
            throw PyRustException.raise(ExceptionTypes.VALUE_ERROR,
                            "attempt to assign sequence of size " + items.length + " to extended slice of size " + b.length(), node);
        }
        for (int k = 0; k < items.length; k++) {
            list.set((int) (b.start() + k * b.step()), items[k]);
        }
    }

    @TruffleBoundary
    public static void deleteSlice(PyList list, PySlice slice) {
        PySlice.Bounds b = slice.indices(list.size());
        if (b.length() == 0) {
            return;
        }
        if (b.step() == 1) {
            list.removeRange((int) b.start(), (int) b.stop());
            return;
        }
        Object[] old = list.toArray();
        boolean[] drop = new boolean[old.length];
        for (long k = 0; k < b.length(); k++) {
            drop[(int) (b.start() + k * b.step())] = true;
        }
        Object[] kept = new Object[old.length - (int) b.length()];
        int j = 0;
        for (int i = 0; i < old.length; i++) {
            if (!drop[i]) {
                kept[j++] = old[i];
            }
        }
        list.setContents(kept);
    }
}
