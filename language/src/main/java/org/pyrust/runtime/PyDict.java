package org.pyrust.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python's {@code dict}: insertion-ordered, keys by Python hash and equality, so that {@code 1},
 * {@code 1.0} and {@code True} are one key and the first key object given stays ({@code d[1.0] = x}
 * after {@code d[1] = y} leaves the key {@code 1}).
 *
 * <p>The table is laid out as CPython's compact dict: the entries (hash, key, value) in insertion order in
 * three parallel arrays, and an open-addressing index of entry numbers probed with CPython's perturbed
 * sequence. A key's hash is a {@code long} in its entry, so a lookup allocates nothing. A removed entry's
 * key becomes null and its index slot a dummy; entries are compacted when the table is rebuilt.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyDict implements PyRustValue {

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_CAPACITY = 8;

    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Per slot: the entry number, EMPTY or DUMMY; its length is a power of two. */
    private int[] index;
    /** Entries used so far, removed ones included. */
    private int used;
    private int size;
    /** Index slots that are not EMPTY. */
    private int fill;
    /** Changed by every insertion or removal, so that iterators notice a size change as CPython's do. */
    private int version;

    public PyDict() {
        allocate(MIN_CAPACITY);
    }

    @TruffleBoundary
    public PyDict(PyDict other) {
        this.hashes = other.hashes.clone();
        this.keys = other.keys.clone();
        this.values = other.values.clone();
        this.index = other.index.clone();
        this.used = other.used;
        this.size = other.size;
        this.fill = other.fill;
    }

    private void allocate(int capacity) {
        hashes = new long[capacity];
        keys = new Object[capacity];
        values = new Object[capacity];
        // At most two thirds of the index is ever filled, so a probe always ends at an EMPTY slot.
        int slots = Integer.highestOneBit(capacity * 3 / 2) << 1;
        index = new int[slots];
        Arrays.fill(index, EMPTY);
        used = 0;
        fill = 0;
    }

    public int size() {
        return size;
    }

    public int version() {
        return version;
    }

    private static long hash(Object key) {
        return HashNodeGen.getUncached().execute(key);
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return EqNodeGen.getUncached().execute(a, b);
    }

    @TruffleBoundary
    private static boolean equalSlow(Object a, Object b) {
        return equal(a, b);
    }

    /** CPython's probe sequence: the slot after {@code i}, {@code perturb} having been shifted for this step. */
    private static int nextSlot(int i, long perturb, int mask) {
        return (int) ((i * 5L + perturb + 1) & mask);
    }

    /** The slot holding the entry of {@code key}, or the EMPTY slot where it would go. */
    private int findSlot(Object key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return i;
            }
            if (e >= 0) {
                Object k = keys[e];
                if (k == key || (hashes[e] == hash && equal(k, key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = nextSlot(i, perturb, mask);
        }
    }

    /** The entry number of {@code key}, or -1 when absent; an unhashable key is Python's TypeError. */
    @TruffleBoundary
    public int findEntry(Object key) {
        return index[findSlot(key, hash(key))];
    }

    /**
     * {@link #findEntry} for a str key, without a boundary, so that compiled code inlines the probe and the
     * comparison: only a str equals a str.
     */
    public int findStringEntry(TruffleString key, long hash, TruffleString.EqualNode equal) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == hash) {
                Object k = keys[e];
                if (k == key || k instanceof TruffleString s && equal.execute(s, key, Values.ENCODING)) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = nextSlot(i, perturb, mask);
        }
    }

    /**
     * {@link #findEntry} for an int key, without a boundary: an int equals the int, bool or float of the
     * same value, whose hash is the same. A probe loop of its own (not {@link #findStringEntry}'s with an
     * Object key): sharing one loop boxed the key and measured slower on int-keyed counting.
     */
    public int findLongEntry(long key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == hash) {
                Object k = keys[e];
                if (k instanceof Long l ? l == key : k instanceof Boolean b ? (b ? 1 : 0) == key : k instanceof Double && equalSlow(k, key)) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = nextSlot(i, perturb, mask);
        }
    }

    /** Replaces the value of entry {@code entry}: not a change of size, so iterators go on. */
    public void setValueAt(int entry, Object value) {
        values[entry] = value;
    }

    /** The value of {@code key}, or null when absent; an unhashable key is Python's TypeError. */
    @TruffleBoundary
    public Object get(Object key) {
        int e = index[findSlot(key, hash(key))];
        return e >= 0 ? values[e] : null;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return index[findSlot(key, hash(key))] >= 0;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        long hash = hash(key);
        int slot = findSlot(key, hash);
        int e = index[slot];
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (used == keys.length || (fill + 1) * 3 > index.length * 2) {
            rebuild(size + 1);
            slot = findSlot(key, hash);
        }
        hashes[used] = hash;
        keys[used] = key;
        values[used] = value;
        index[slot] = used++;
        fill++;
        size++;
        version++;
    }

    /** Removes {@code key}; returns its value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        int slot = findSlot(key, hash(key));
        int e = index[slot];
        if (e < 0) {
            return null;
        }
        Object old = values[e];
        removeEntry(slot, e);
        return old;
    }

    private void removeEntry(int slot, int e) {
        index[slot] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        version++;
        // Trailing removed entries are given back, so that popping everything stays linear.
        while (used > 0 && keys[used - 1] == null) {
            used--;
        }
    }

    /** Makes room for {@code live} entries (with room to grow), keeping only the live ones, in order. */
    private void rebuild(int live) {
        if ((long) live * 2 > PyList.MAX_SIZE) {
            throw PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "", null);
        }
        long[] oldHashes = hashes;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldUsed = used;
        allocate(Math.max(MIN_CAPACITY, live * 2));
        int mask = index.length - 1;
        for (int e = 0; e < oldUsed; e++) {
            if (oldKeys[e] != null) {
                long hash = oldHashes[e];
                long perturb = hash;
                int i = (int) hash & mask;
                while (index[i] != EMPTY) {
                    perturb >>>= 5;
                    i = nextSlot(i, perturb, mask);
                }
                hashes[used] = hash;
                keys[used] = oldKeys[e];
                values[used] = oldValues[e];
                index[i] = used++;
                fill++;
            }
        }
    }

    @TruffleBoundary
    public void clear() {
        allocate(MIN_CAPACITY);
        size = 0;
        version++;
    }

    /** Removes and returns the last entry as {@code {key, value}}, or null when empty. */
    @TruffleBoundary
    public Object[] popLast() {
        if (size == 0) {
            return null;
        }
        int e = used - 1;
        Object key = keys[e];
        Object value = values[e];
        int slot = findSlot(key, hashes[e]);
        removeEntry(slot, e);
        return new Object[]{key, value};
    }

    /** The keys in insertion order, as an array (a snapshot). */
    @TruffleBoundary
    public Object[] keys() {
        return live(keys);
    }

    @TruffleBoundary
    public Object[] values() {
        return live(values);
    }

    private Object[] live(Object[] column) {
        Object[] result = new Object[size];
        int n = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                result[n++] = column[e];
            }
        }
        return result;
    }

    /** Where iteration ends: entry numbers below this may hold an entry ({@link #keyAt} is not null). */
    public int entryLimit() {
        return used;
    }

    /** The key of entry {@code e}, or null when it was removed. */
    public Object keyAt(int e) {
        return keys[e];
    }

    public Object valueAt(int e) {
        return values[e];
    }

    @Override
    public String toString() {
        return Values.repr(this);
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
