package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The set algebra shared by the operators {@code | & - ^} and the methods {@code union},
 * {@code intersection}, ...: the result has the kind (set or frozenset) of the left operand, as in CPython,
 * and the layout of CPython's result (so that it iterates and prints in CPython's order):
 * <ul>
 * <li>union: a copy of the left operand, then updated with the right one;
 * <li>intersection: walks the smaller operand (the right one when both are as large), adding what the other
 * holds;
 * <li>difference: walks the left operand adding what the right one lacks, or, when the left operand has
 * more than four times as many elements, a copy of it with the right one's elements discarded;
 * <li>symmetric difference: a copy of the right operand, then each element of the left one removed if
 * there, else added.
 * </ul>
 *
 * <p>The in-place operators compute the result, then {@link #assign} it to the left operand; as CPython
 * updates the left operand in place ({@code |= -= ^=}) or swaps in the new table ({@code &=}),
 * {@code assign} replays the operation on the target when the source is the result just computed from it.
 */
public final class SetOperations {

    private SetOperations() {
    }

    private enum Kind {
        UNION,
        INTERSECTION,
        DIFFERENCE,
        SYMMETRIC_DIFFERENCE
    }

    /** The last result computed on this thread and how, for {@link #assign}. */
    private record Pending(PySet result, Kind kind, PySet left, int leftVersion, PySet right, int rightVersion) {
    }

    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private static PySet remember(PySet result, Kind kind, PySet left, PySet right) {
        PENDING.set(new Pending(result, kind, left, left.version(), right, right.version()));
        return result;
    }

    @TruffleBoundary
    public static PySet union(PySet left, PySet right) {
        PySet result = new PySet(left, left.isFrozen());
        result.merge(right);
        return remember(result, Kind.UNION, left, right);
    }

    @TruffleBoundary
    public static PySet intersection(PySet left, PySet right) {
        return remember(left.intersection(right, left.isFrozen()), Kind.INTERSECTION, left, right);
    }

    @TruffleBoundary
    public static PySet difference(PySet left, PySet right) {
        return remember(left.difference(right, left.isFrozen()), Kind.DIFFERENCE, left, right);
    }

    @TruffleBoundary
    public static PySet symmetricDifference(PySet left, PySet right) {
        PySet result = new PySet(right, left.isFrozen());
        result.symmetricDifferenceUpdate(left);
        return remember(result, Kind.SYMMETRIC_DIFFERENCE, left, right);
    }

    /**
     * Makes {@code target} hold exactly the elements of {@code source}; returns {@code target}. When
     * {@code source} is the result just computed with {@code target} as the left operand, the target ends up
     * laid out as CPython's in-place operator leaves it; otherwise it takes over the source's layout.
     */
    @TruffleBoundary
    public static PySet assign(PySet target, PySet source) {
        Pending pending = PENDING.get();
        PENDING.remove();
        if (pending != null && pending.result() == source && pending.left() == target && target.version() == pending.leftVersion() &&
                        pending.right().version() == pending.rightVersion()) {
            PySet right = pending.right();
            switch (pending.kind()) {
                case UNION -> target.merge(right);
                case DIFFERENCE -> target.differenceUpdate(right);
                case SYMMETRIC_DIFFERENCE -> target.symmetricDifferenceUpdate(right);
                case INTERSECTION -> target.assignTable(source);
            }
            return target;
        }
        target.assignTable(source);
        return target;
    }
}
