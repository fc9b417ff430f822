package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The set algebra shared by the operators {@code | & - ^} and the methods {@code union},
 * {@code intersection}, ...: the result has the kind (set or frozenset) of the left operand, as in CPython.
 */
public final class SetOperations {

    private SetOperations() {
    }

    @TruffleBoundary
    public static PySet union(PySet left, PySet right) {
        PySet result = new PySet(left, left.isFrozen());
        for (Object element : right.toArray()) {
            result.add(element);
        }
        return result;
    }

    @TruffleBoundary
    public static PySet intersection(PySet left, PySet right) {
        PySet result = new PySet(left.isFrozen());
        for (Object element : left.toArray()) {
            if (right.contains(element)) {
                result.add(element);
            }
        }
        return result;
    }

    @TruffleBoundary
    public static PySet difference(PySet left, PySet right) {
        PySet result = new PySet(left.isFrozen());
        for (Object element : left.toArray()) {
            if (!right.contains(element)) {
                result.add(element);
            }
        }
        return result;
    }

    /** Makes {@code target} hold exactly the elements of {@code source}; returns {@code target}. */
    @TruffleBoundary
    public static PySet assign(PySet target, PySet source) {
        target.clear();
        for (Object element : source.toArray()) {
            target.add(element);
        }
        return target;
    }

    @TruffleBoundary
    public static PySet symmetricDifference(PySet left, PySet right) {
        PySet result = difference(left, right);
        for (Object element : right.toArray()) {
            if (!left.contains(element)) {
                result.add(element);
            }
        }
        return result;
    }
}
