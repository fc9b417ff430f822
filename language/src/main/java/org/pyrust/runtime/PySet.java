package org.pyrust.runtime;

import java.util.LinkedHashSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's {@code set} and {@code frozenset} (one class: a frozen set is a set that the mutating methods
 * refuse and that has a hash). Elements by Python hash and equality ({@link DictKey}).
 *
 * <p>Iteration follows insertion order, where CPython's follows its hash table: a set of small ints that
 * was not built in ascending order prints in another order than CPython's.
 */
@ExportLibrary(InteropLibrary.class)
public final class PySet implements TruffleObject {

    private final LinkedHashSet<DictKey> elements;
    private final boolean frozen;
    private int version;

    public PySet(boolean frozen) {
        this.elements = new LinkedHashSet<>();
        this.frozen = frozen;
    }

    @TruffleBoundary
    public PySet(PySet other, boolean frozen) {
        this.elements = new LinkedHashSet<>(other.elements);
        this.frozen = frozen;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int version() {
        return version;
    }

    @TruffleBoundary
    public int size() {
        return elements.size();
    }

    @TruffleBoundary
    public boolean contains(Object value) {
        return elements.contains(DictKey.of(value));
    }

    /** Adds {@code value}; whether it was new. */
    @TruffleBoundary
    public boolean add(Object value) {
        boolean added = elements.add(DictKey.of(value));
        if (added) {
            version++;
        }
        return added;
    }

    @TruffleBoundary
    public boolean remove(Object value) {
        boolean removed = elements.remove(DictKey.of(value));
        if (removed) {
            version++;
        }
        return removed;
    }

    /** Removes and returns the first element, or null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (elements.isEmpty()) {
            return null;
        }
        version++;
        return elements.removeFirst().value;
    }

    @TruffleBoundary
    public void clear() {
        elements.clear();
        version++;
    }

    /** The elements in iteration order (a snapshot). */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] result = new Object[elements.size()];
        int i = 0;
        for (DictKey key : elements) {
            result[i++] = key.value;
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
    Object getMetaObject() {
        return frozen ? BuiltinTypes.FROZENSET : BuiltinTypes.SET;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Values.repr(this);
    }
}
