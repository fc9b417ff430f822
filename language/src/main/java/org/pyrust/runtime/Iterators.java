package org.pyrust.runtime;

/** The iterators that builtins return: {@code enumerate}, {@code zip}, {@code map}, {@code filter}. */
public final class Iterators {

    private Iterators() {
    }

    public static final class Enumerate extends PyIterator {
        private final PyIterator source;
        private long index;

        public Enumerate(PyIterator source, long start) {
            this.source = source;
            this.index = start;
        }

        @Override
        public Object next() {
            Object item = source.next();
            return item == null ? null : new PyTuple(index++, item);
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.ENUMERATE;
        }
    }

    /**
     * {@code zip(*iterables, strict=False)}: stops at the shortest; with {@code strict}, iterables of
     * different lengths are a ValueError when the first one ends, worded as CPython's.
     */
    public static final class Zip extends PyIterator {
        private final PyIterator[] sources;
        private final boolean strict;
        private boolean done;

        public Zip(PyIterator[] sources) {
            this(sources, false);
        }

        public Zip(PyIterator[] sources, boolean strict) {
            this.sources = sources;
            this.strict = strict;
            this.done = sources.length == 0;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            Object[] items = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                items[i] = sources[i].next();
                if (items[i] == null) {
                    done = true;
                    if (strict) {
                        checkLengths(i);
                    }
                    return null;
                }
            }
            return new PyTuple(items);
        }

        /** Source {@code ended} has ended: every other must end at the same item. */
        private void checkLengths(int ended) {
            if (ended > 0) {
                throw lengthError(ended, "shorter");
            }
            for (int i = 1; i < sources.length; i++) {
                if (sources[i].next() != null) {
                    throw lengthError(i, "longer");
                }
            }
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static PyRustException lengthError(int index, String comparison) {
            String others = index == 1 ? " 1" : "s 1-" + index;
            return PyRustException.raise(ExceptionTypes.VALUE_ERROR, "zip() argument " + (index + 1) + " is " + comparison + " than argument" + others, null);
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.ZIP;
        }
    }

    /** {@code map(f, *iterables)}: calls {@code f} lazily, as long as the shortest iterable. */
    public static final class MapIterator extends PyIterator {
        private final Object function;
        private final PyIterator[] sources;

        public MapIterator(Object function, PyIterator[] sources) {
            this.function = function;
            this.sources = sources;
        }

        @Override
        public Object next() {
            Object[] items = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                items[i] = sources[i].next();
                if (items[i] == null) {
                    return null;
                }
            }
            return Callables.call(function, items);
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.MAP;
        }
    }

    /** {@code filter(f, iterable)}: the items for which {@code f} (or, with None, the item itself) is true. */
    public static final class FilterIterator extends PyIterator {
        private final Object function;
        private final PyIterator source;

        public FilterIterator(Object function, PyIterator source) {
            this.function = function;
            this.source = source;
        }

        @Override
        public Object next() {
            IsTrueNode isTrue = IsTrueNodeGen.getUncached();
            for (Object item = source.next(); item != null; item = source.next()) {
                Object test = function == PyRustNone.INSTANCE ? item : Callables.call(function, item);
                if (isTrue.execute(test)) {
                    return item;
                }
            }
            return null;
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.FILTER;
        }
    }
}
