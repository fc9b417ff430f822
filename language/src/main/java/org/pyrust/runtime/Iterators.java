package org.pyrust.runtime;

/** The iterators that builtins return: {@code enumerate}, {@code zip}. */
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

    public static final class Zip extends PyIterator {
        private final PyIterator[] sources;
        private boolean done;

        public Zip(PyIterator[] sources) {
            this.sources = sources;
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
                    return null;
                }
            }
            return new PyTuple(items);
        }

        @Override
        public PythonType type() {
            return BuiltinTypes.ZIP;
        }
    }
}
