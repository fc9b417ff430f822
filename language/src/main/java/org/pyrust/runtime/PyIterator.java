package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * An iterator over a built-in container: what {@code iter(x)} returns and what {@code for} drives.
 * {@link #next()} returns null at the end (PyRust values are never Java null), so a loop needs no
 * exception; {@code next(it)} turns the end into StopIteration.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PyIterator implements PyRustValue {

    /** The next value, or null when the iterator is exhausted (and stays so). */
    public abstract Object next();

    /** Python's name of the iterator's type, e.g. {@code list_iterator}. */
    public abstract PythonType type();

    /** CPython's default repr, {@code <list_iterator object at 0x...>}, with the identity hash as the address. */
    @Override
    @TruffleBoundary
    public String toString() {
        return "<" + type().getName() + " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
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
        return toString();
    }

    /** A list's: sees appends made during the loop, as CPython's does. */
    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int index;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            return hasNext() ? list.get(advance()) : null;
        }

        public PyList list() {
            return list;
        }

        /** Whether an item is left; once false, false for good (the list may grow later, as in CPython). */
        public boolean hasNext() {
            if (index < list.size()) {
                return true;
            }
            index = Integer.MAX_VALUE;
            return false;
        }

        /** The index of the next item, {@link #hasNext()} having said there is one; moves past it. */
        public int advance() {
            return index++;
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.LIST_ITERATOR;
        }
    }

    /**
     * {@code reversed(list)}: from the last item to the first, reading the list as it is at each step, as
     * CPython's does (an item changed meanwhile is seen; once the index passes the list's end, it stops).
     */
    public static final class ReverseListIterator extends PyIterator {
        private final PyList list;
        private int index;

        public ReverseListIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.LIST_REVERSE_ITERATOR;
        }
    }

    /** Over a fixed array: a tuple's elements, or a snapshot of a set's. */
    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final PythonType type;
        private int index;

        public ArrayIterator(Object[] items, PythonType type) {
            this.items = items;
            this.type = type;
        }

        @Override
        public Object next() {
            return index < items.length ? items[index++] : null;
        }

        @Override
        public PythonType type() {
            return type;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private final PyRange range;
        private long index;

        public RangeIterator(PyRange range) {
            this.range = range;
        }

        @Override
        public Object next() {
            return hasNext() ? nextKnown() : null;
        }

        public boolean hasNext() {
            return index < range.length();
        }

        /** The next item, {@link #hasNext()} having said there is one. */
        public long nextKnown() {
            return range.get(index++);
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.RANGE_ITERATOR;
        }
    }

    /** A string's characters, each a string of one code point. */
    public static final class StringIterator extends PyIterator {
        private final TruffleString string;
        private final int length;
        private int index;

        public StringIterator(TruffleString string) {
            this.string = string;
            this.length = (int) Values.length(string);
        }

        @Override
        public Object next() {
            return index < length ? Values.substring(string, index++, 1) : null;
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.STR_ITERATOR;
        }
    }

    /**
     * A dict's keys, values or items; changing the dict's size during the loop is CPython's RuntimeError.
     */
    public static final class DictIterator extends PyIterator {
        public enum Kind {
            KEYS,
            VALUES,
            ITEMS
        }

        private final PyDict dict;
        private final Kind kind;
        private final int version;
        /** The next entry number to look at. */
        private int position;

        public DictIterator(PyDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
            this.version = dict.version();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (dict.version() != version) {
                throw PyRustException.raise(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration", null);
            }
            int limit = dict.entryLimit();
            while (position < limit && dict.keyAt(position) == null) {
                position++;
            }
            if (position >= limit) {
                return null;
            }
            int e = position++;
            return switch (kind) {
                case KEYS -> dict.keyAt(e);
                case VALUES -> dict.valueAt(e);
                case ITEMS -> new PyTuple(dict.keyAt(e), dict.valueAt(e));
            };
        }

        @Override
        public PythonType type() {
            return switch (kind) {
                case KEYS -> BuiltinTypes.DICT_KEY_ITERATOR;
                case VALUES -> BuiltinTypes.DICT_VALUE_ITERATOR;
                case ITEMS -> BuiltinTypes.DICT_ITEM_ITERATOR;
            };
        }
    }
}
