package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's {@code set} and {@code frozenset} (one class: a frozen set is a set that the mutating methods
 * refuse and that has a hash). Elements by Python hash and equality (identity first, then {@code ==}).
 *
 * <p>The elements live in an open-addressing hash table laid out as CPython 3.11's set table is, so that
 * iteration (and printing) follows CPython's order for every sequence of operations: a table of a power
 * of two slots (8 at least), a home slot {@code hash & mask}, up to {@link #LINEAR_PROBES} further slots
 * probed linearly, then the next home slot {@code (i * 5 + 1 + perturb) & mask} with {@code perturb}
 * (the hash as an unsigned 64-bit value) shifted right by {@link #PERTURB_SHIFT} each round. A removed
 * element leaves a dummy slot, which an insertion that does not find its key reuses (the last dummy it
 * passed). The table grows when {@code fill * 5 >= mask * 3} (fill counts dummies), to the smallest power
 * of two above {@code used * 4} ({@code used * 2} above 50000 elements), reinserting in old-table order.
 */
@ExportLibrary(InteropLibrary.class)
public final class PySet implements PyRustValue {

    static final int MIN_SIZE = 8;
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;

    /** The key of a slot whose element was removed. */
    private static final Object DUMMY = new Object() {
        @Override
        public String toString() {
            return "<dummy>";
        }
    };

    /** The slots: null unused, {@link #DUMMY} removed, else an element. */
    private Object[] keys;
    /** The Python hash of each active slot's element (-1 for a dummy, as CPython). */
    private long[] hashes;
    private int mask;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots: the size. */
    private int used;
    /** Where {@link #pop()} starts looking. */
    private int finger;
    private final boolean frozen;
    private int version;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        this.keys = new Object[MIN_SIZE];
        this.hashes = new long[MIN_SIZE];
        this.mask = MIN_SIZE - 1;
    }

    /** A copy of {@code other}, laid out as CPython's {@code set(other)} / {@code other.copy()}. */
    @TruffleBoundary
    public PySet(PySet other, boolean frozen) {
        this(frozen);
        merge(other);
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int version() {
        return version;
    }

    public int size() {
        return used;
    }

    private static long hashOf(Object value) {
        return HashNodeGen.getUncached().execute(value);
    }

    /** The slot index probed after the linear run starting at {@code i}. */
    private static int nextHome(int i, long perturb, int mask) {
        return (int) (((long) i * 5 + 1 + perturb) & mask);
    }

    /** The slot holding an element equal to {@code key}, or -1. */
    private int lookup(Object key, long hash) {
        restart: while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                for (int k = 0; k <= probes; k++, j++) {
                    Object stored = table[j];
                    if (stored == null) {
                        return -1;
                    }
                    if (stored != DUMMY && hashes[j] == hash) {
                        if (stored == key) {
                            return j;
                        }
                        boolean eq = EqNodeGen.getUncached().execute(stored, key);
                        if (table != keys || table[j] != stored) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = nextHome(i, perturb, m);
            }
        }
    }

    /** CPython's set_add_entry: whether the key was new. */
    private boolean addEntry(Object key, long hash) {
        restart: while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                for (int k = 0; k <= probes; k++, j++) {
                    Object stored = table[j];
                    if (stored == null) {
                        if (freeslot >= 0) {
                            used++;
                            table[freeslot] = key;
                            hashes[freeslot] = hash;
                            version++;
                            return true;
                        }
                        fill++;
                        used++;
                        table[j] = key;
                        hashes[j] = hash;
                        version++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (stored == DUMMY) {
                        freeslot = j;
                    } else if (hashes[j] == hash) {
                        if (stored == key) {
                            return false;
                        }
                        boolean eq = EqNodeGen.getUncached().execute(stored, key);
                        if (table != keys || table[j] != stored) {
                            continue restart;
                        }
                        if (eq) {
                            return false;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = nextHome(i, perturb, m);
            }
        }
    }

    /** CPython's set_discard_entry: whether the key was there. */
    private boolean discardEntry(Object key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    /** CPython's set_insert_clean: into a table with no dummies and no equal key. */
    private static void insertClean(Object[] table, long[] tableHashes, int m, Object key, long hash) {
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                tableHashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (table[j] == null) {
                        table[j] = key;
                        tableHashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = nextHome(i, perturb, m);
        }
    }

    /** CPython's set_table_resize: a table of the smallest power of two above {@code minUsed}. */
    private void resize(long minUsed) {
        long newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize > (1 << 30)) {
            throw new OutOfMemoryError("set too large");
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        int size = (int) newSize;
        Object[] newKeys = new Object[size];
        long[] newHashes = new long[size];
        int newMask = size - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Object key = oldKeys[j];
            if (key != null && key != DUMMY) {
                insertClean(newKeys, newHashes, newMask, key, oldHashes[j]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        mask = newMask;
        fill = used;
    }

    /**
     * CPython's set_merge: {@code self.update(other)} (and {@code set(other)}, {@code {*other}}) with another
     * set, which sizes the table once for both and then inserts in {@code other}'s table order; not the same
     * layout as adding {@code other}'s elements one by one.
     */
    @TruffleBoundary
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        Object[] otherKeys = other.keys;
        long[] otherHashes = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(otherKeys, 0, keys, 0, otherKeys.length);
            System.arraycopy(otherHashes, 0, hashes, 0, otherHashes.length);
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j < otherKeys.length; j++) {
                Object key = otherKeys[j];
                if (key != null && key != DUMMY) {
                    insertClean(keys, hashes, mask, key, otherHashes[j]);
                }
            }
            fill = other.used;
            used = other.used;
            version++;
            return;
        }
        for (int j = 0; j < otherKeys.length; j++) {
            Object key = otherKeys[j];
            if (key != null && key != DUMMY) {
                addEntry(key, otherHashes[j]);
            }
        }
    }

    /** The active slots' keys and hashes in table order (a snapshot), as CPython's set_next walks them. */
    private record Entries(Object[] keys, long[] hashes) {
        int size() {
            return keys.length;
        }
    }

    private Entries entries() {
        Object[] k = new Object[used];
        long[] h = new long[used];
        int n = 0;
        for (int j = 0; j < keys.length && n < used; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY) {
                k[n] = key;
                h[n] = hashes[j];
                n++;
            }
        }
        return new Entries(k, h);
    }

    /** Whether this set holds {@code key}, whose hash is {@code hash}. */
    private boolean containsEntry(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** CPython's set_intersection, with {@code this} as the left operand; the result is of kind {@code resultFrozen}. */
    @TruffleBoundary
    PySet intersection(PySet other, boolean resultFrozen) {
        if (other == this) {
            return new PySet(this, resultFrozen);
        }
        PySet result = new PySet(resultFrozen);
        PySet big = this;
        PySet small = other;
        if (other.used > used) {
            big = other;
            small = this;
        }
        Entries e = small.entries();
        for (int n = 0; n < e.size(); n++) {
            long hash = e.hashes()[n];
            if (big.containsEntry(e.keys()[n], hash)) {
                result.addEntry(e.keys()[n], hash);
            }
        }
        return result;
    }

    /** CPython's set_difference, with {@code this} as the left operand. */
    @TruffleBoundary
    PySet difference(PySet other, boolean resultFrozen) {
        if ((used >> 2) > other.used) {
            PySet result = new PySet(this, resultFrozen);
            result.differenceUpdate(other);
            return result;
        }
        PySet result = new PySet(resultFrozen);
        Entries e = entries();
        for (int n = 0; n < e.size(); n++) {
            long hash = e.hashes()[n];
            if (!other.containsEntry(e.keys()[n], hash)) {
                result.addEntry(e.keys()[n], hash);
            }
        }
        return result;
    }

    /** CPython's set_difference_update_internal with a set. */
    @TruffleBoundary
    void differenceUpdate(PySet other) {
        if (other == this) {
            clear();
            return;
        }
        PySet walk = other;
        if ((other.used >> 3) > used) {
            walk = intersection(other, false);
        }
        Entries e = walk.entries();
        for (int n = 0; n < e.size(); n++) {
            discardEntry(e.keys()[n], e.hashes()[n]);
        }
        if ((fill - used) > mask / 4) {
            resize(used > 50000 ? (long) used * 2 : (long) used * 4);
        }
    }

    /** CPython's set_symmetric_difference_update with a set. */
    @TruffleBoundary
    void symmetricDifferenceUpdate(PySet other) {
        if (other == this) {
            clear();
            return;
        }
        Entries e = other.entries();
        for (int n = 0; n < e.size(); n++) {
            long hash = e.hashes()[n];
            if (!discardEntry(e.keys()[n], hash)) {
                addEntry(e.keys()[n], hash);
            }
        }
    }

    /** Takes over the table of {@code source} (CPython's set_swap_bodies, the finger staying). */
    @TruffleBoundary
    void assignTable(PySet source) {
        if (source == this) {
            return;
        }
        keys = source.keys.clone();
        hashes = source.hashes.clone();
        mask = source.mask;
        fill = source.fill;
        used = source.used;
        version++;
    }

    @TruffleBoundary
    public boolean contains(Object value) {
        return lookup(value, hashOf(value)) >= 0;
    }

    /** Adds {@code value}; whether it was new. */
    @TruffleBoundary
    public boolean add(Object value) {
        return addEntry(value, hashOf(value));
    }

    @TruffleBoundary
    public boolean remove(Object value) {
        return discardEntry(value, hashOf(value));
    }

    /** Removes and returns an element as CPython's {@code set.pop()} picks it, or null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        Object key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        version++;
        return key;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        version++;
    }

    /** The elements in iteration order (a snapshot). */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int j = 0; j < keys.length && n < used; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY) {
                result[n++] = key;
            }
        }
        return result;
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
