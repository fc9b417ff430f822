package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The set side of dict views and the dict-merge operator. {@code d.keys()} and {@code d.items()} are
 * set-like in Python: {@code & | - ^} with any iterable give a new set, and {@code ==} with a set or
 * another such view compares as sets. {@code d.values()} is not set-like. {@code d | e} merges two dicts
 * into a new one (Python 3.9); {@code d |= x} updates {@code d} in place from a mapping or pairs.
 */
public final class DictViewSets {

    private DictViewSets() {
    }

    /** Whether {@code value} is a keys or items view, the views that behave as sets. */
    public static boolean isSetLikeView(Object value) {
        return value instanceof PyDictView view && view.kind() != PyIterator.DictIterator.Kind.VALUES;
    }

    /** Whether {@code & | - ^} on these operands is a view operation (one of them is a set-like view). */
    public static boolean applies(Object left, Object right) {
        return isSetLikeView(left) || isSetLikeView(right);
    }

    /**
     * {@code left <op> right} with a set-like view on either side, as CPython's {@code dictviews_*} slots
     * compute it: a set of the left operand's items, combined with the right operand's items.
     */
    @TruffleBoundary
    public static PySet operate(char op, Object left, Object right) {
        ToArrayNode toArray = ToArrayNodeGen.getUncached();
        Object[] leftItems = toArray.execute(left);
        Object[] rightItems = toArray.execute(right);
        if (op == '&') {
            PySet self = Containers.setOf(leftItems, false);
            PySet result = new PySet(false);
            for (Object item : rightItems) {
                if (self.contains(item)) {
                    result.add(item);
                }
            }
            return result;
        }
        PySet result = Containers.setOf(leftItems, false);
        switch (op) {
            case '|' -> {
                for (Object item : rightItems) {
                    result.add(item);
                }
            }
            case '-' -> {
                for (Object item : rightItems) {
                    result.remove(item);
                }
            }
            case '^' -> {
                for (Object item : Containers.setOf(rightItems, false).toArray()) {
                    if (!result.remove(item)) {
                        result.add(item);
                    }
                }
            }
            default -> throw new IllegalArgumentException(String.valueOf(op));
        }
        return result;
    }

    /** Whether {@code ==} between these operands compares as sets: a set-like view against a set or view. */
    public static boolean comparesAsSets(Object left, Object right) {
        return (isSetLikeView(left) || left instanceof PySet) && (isSetLikeView(right) || right instanceof PySet) && applies(left, right);
    }

    /** {@code ==} of two set-like operands, at least one a view: the same size, and every item of one in the other. */
    @TruffleBoundary
    public static boolean equal(Object left, Object right) {
        PySet a = asSet(left);
        Object[] b = ToArrayNodeGen.getUncached().execute(right);
        if (a.size() != b.length) {
            return false;
        }
        for (Object item : b) {
            if (!a.contains(item)) {
                return false;
            }
        }
        return true;
    }

    private static PySet asSet(Object value) {
        return value instanceof PySet set ? set : Containers.setOf(ToArrayNodeGen.getUncached().execute(value), false);
    }

    /**
     * {@code left | right} on dicts: a new dict with the right's entries after (and over) the left's; with
     * {@code inPlace} ({@code |=}), {@code left} itself is updated, and the right may be any mapping or
     * iterable of pairs, as {@code dict.update} takes. Null when the operands are not for this operator.
     */
    @TruffleBoundary
    public static PyDict merge(Object left, Object right, boolean inPlace) {
        if (!(left instanceof PyDict dict) || !(inPlace || right instanceof PyDict)) {
            return null;
        }
        PyDict result = inPlace ? dict : new PyDict(dict);
        Containers.updateFromPairs(result, right);
        return result;
    }
}
