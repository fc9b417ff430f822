package org.pyrust.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** What several builtins and methods share on containers: building sets and dicts, summing, sorting. */
public final class Containers {

    private Containers() {
    }

    @TruffleBoundary
    public static PySet setOf(Object[] items, boolean frozen) {
        PySet set = new PySet(frozen);
        for (Object item : items) {
            set.add(item);
        }
        return set;
    }

    /** {@code dict.update(x)} / {@code dict(x)}: a mapping's entries, or an iterable of pairs. */
    @TruffleBoundary
    public static void updateFromPairs(PyDict dict, Object source) {
        if (source instanceof PyDict other) {
            for (Object key : other.keys()) {
                dict.put(key, other.get(key));
            }
            return;
        }
        PyIterator it = GetIterNodeGen.getUncached().execute(source);
        int index = 0;
        for (Object item = it.next(); item != null; item = it.next(), index++) {
            Object[] pair;
            try {
                pair = ToArrayNodeGen.getUncached().execute(item);
            } catch (PyRustException e) {
                throw PyRustException.raise(ExceptionTypes.TYPE_ERROR,
                                "cannot convert dictionary update sequence element #" + index + " to a sequence", null);
            }
            if (pair.length != 2) {
                throw PyRustException.raise(ExceptionTypes.VALUE_ERROR,
                                "dictionary update sequence element #" + index + " has length " + pair.length + "; 2 is required", null);
            }
            dict.put(pair[0], pair[1]);
        }
    }

    /** {@code sum(it, start)}: {@code +} left to right, exactly as the operator (ints overflow as errors). */
    @TruffleBoundary
    public static Object sum(PyIterator it, Object start) {
        Object total = start;
        for (Object item = it.next(); item != null; item = it.next()) {
            total = add(total, item);
        }
        return total;
    }

    private static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            try {
                return Math.addExact(x, y);
            } catch (ArithmeticException e) {
                CompilerDirectives.transferToInterpreter();
                throw PyRustException.runtime(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: " + x + " + " + y, null);
            }
        }
        Object x = a instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : a;
        Object y = b instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : b;
        if (x instanceof Long && y instanceof Long) {
            return add(x, y);
        }
        if ((x instanceof Long || x instanceof Double) && (y instanceof Long || y instanceof Double)) {
            return ((Number) x).doubleValue() + ((Number) y).doubleValue();
        }
        if (x instanceof PyList l && y instanceof PyList m) {
            Object[] items = Arrays.copyOf(l.toArray(), l.size() + m.size());
            System.arraycopy(m.toArray(), 0, items, l.size(), m.size());
            return new PyList(items);
        }
        if (x instanceof PyTuple l && y instanceof PyTuple m) {
            Object[] items = Arrays.copyOf(l.items(), l.size() + m.size());
            System.arraycopy(m.items(), 0, items, l.size(), m.size());
            return new PyTuple(items);
        }
        throw PyRustException.runtime(ExceptionTypes.TYPE_ERROR,
                        "unsupported operand type(s) for +: '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'", null);
    }

    /**
     * Sorts in place, stable, by Python's {@code <} alone (a TypeError for unorderable elements), as a
     * merge sort: Java's sort may refuse an order that is not total ({@code nan}), where Python's never
     * fails. With {@code reverse}, each comparison is reversed, so equal elements keep their order.
     */
    @TruffleBoundary
    public static void sort(Object[] items, boolean reverse) {
        sort(items, null, reverse);
    }

    /** Sorts {@code items} by {@code keys} (or by themselves when null), moving both together. */
    @TruffleBoundary
    public static void sort(Object[] items, Object[] keys, boolean reverse) {
        Object[] k = keys == null ? items : keys;
        int n = items.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Integer[] buffer = new Integer[n];
        mergeSort(order, buffer, 0, n, k, reverse, RichCompareNodeGen.getUncached());
        Object[] sortedItems = new Object[n];
        Object[] sortedKeys = keys == null ? null : new Object[n];
        for (int i = 0; i < n; i++) {
            sortedItems[i] = items[order[i]];
            if (keys != null) {
                sortedKeys[i] = keys[order[i]];
            }
        }
        System.arraycopy(sortedItems, 0, items, 0, n);
        if (keys != null) {
            System.arraycopy(sortedKeys, 0, keys, 0, n);
        }
    }

    private static void mergeSort(Integer[] a, Integer[] buffer, int from, int to, Object[] keys, boolean reverse, RichCompareNode compare) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, keys, reverse, compare);
        mergeSort(a, buffer, mid, to, keys, reverse, compare);
        int i = from;
        int j = mid;
        int out = from;
        while (i < mid && j < to) {
            // Take from the right only when it is strictly smaller: that keeps the sort stable.
            boolean rightFirst = reverse ? compare.execute(keys[a[i]], keys[a[j]], Ordering.LT) : compare.execute(keys[a[j]], keys[a[i]], Ordering.LT);
            buffer[out++] = rightFirst ? a[j++] : a[i++];
        }
        while (i < mid) {
            buffer[out++] = a[i++];
        }
        while (j < to) {
            buffer[out++] = a[j++];
        }
        System.arraycopy(buffer, from, a, from, to - from);
    }
}
