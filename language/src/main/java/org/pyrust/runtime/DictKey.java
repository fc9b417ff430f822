package org.pyrust.runtime;

/**
 * A key of a {@link PyDict} or an element of a {@link PySet} as Java's hash tables see it: its Python hash,
 * computed once, and Python's {@code ==}, so that {@code 1}, {@code 1.0} and {@code True} are one key.
 * The table keeps the first key object it was given, as Python does ({@code d[1.0] = x} after
 * {@code d[1] = y} leaves the key {@code 1}).
 */
public final class DictKey {

    final Object value;
    private final long hash;

    private DictKey(Object value, long hash) {
        this.value = value;
        this.hash = hash;
    }

    /** The key of {@code value}; an unhashable value is Python's TypeError. */
    public static DictKey of(Object value) {
        return new DictKey(value, HashNodeGen.getUncached().execute(value));
    }

    public Object value() {
        return value;
    }

    @Override
    public int hashCode() {
        return (int) (hash ^ (hash >>> 32));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DictKey key)) {
            return false;
        }
        return value == key.value || (hash == key.hash && EqNodeGen.getUncached().execute(value, key.value));
    }
}
