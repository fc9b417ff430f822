package org.pyrust.runtime;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's {@code dict}: insertion-ordered, keys by Python hash and equality ({@link DictKey}). The
 * table is Java's {@link LinkedHashMap}, behind boundaries: its code is not for the compiler to inline.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyDict implements PyRustValue {

    private final LinkedHashMap<DictKey, Object> map;
    /** Changed by every insertion or removal, so that iterators notice a size change as CPython's do. */
    private int version;

    public PyDict() {
        this.map = new LinkedHashMap<>();
    }

    @TruffleBoundary
    public PyDict(PyDict other) {
        this.map = new LinkedHashMap<>(other.map);
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    public int version() {
        return version;
    }

    /** The value of {@code key}, or null when absent. */
    @TruffleBoundary
    public Object get(Object key) {
        return map.get(DictKey.of(key));
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        DictKey k = DictKey.of(key);
        if (map.put(k, value) == null) {
            version++;
        }
    }

    /** Removes {@code key}; returns its value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Object old = map.remove(DictKey.of(key));
        if (old != null) {
            version++;
        }
        return old;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(DictKey.of(key));
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
        version++;
    }

    /** Removes and returns the last entry as {@code {key, value}}, or null when empty. */
    @TruffleBoundary
    public Object[] popLast() {
        if (map.isEmpty()) {
            return null;
        }
        Map.Entry<DictKey, Object> last = map.pollLastEntry();
        version++;
        return new Object[]{last.getKey().value, last.getValue()};
    }

    /** The keys in insertion order, as an array (a snapshot). */
    @TruffleBoundary
    public Object[] keys() {
        Object[] keys = new Object[map.size()];
        int i = 0;
        for (DictKey key : map.keySet()) {
            keys[i++] = key.value;
        }
        return keys;
    }

    @TruffleBoundary
    public Object[] values() {
        return map.values().toArray();
    }

    /** Iterates over the entries in order; the caller checks {@link #version()} between steps. */
    @TruffleBoundary
    public Iterator<Map.Entry<DictKey, Object>> entries() {
        return map.entrySet().iterator();
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
