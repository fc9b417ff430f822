package org.pyrust.builtins;

import org.pyrust.runtime.Callables;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.RichCompareNodeGen;
import org.pyrust.runtime.Ordering;
import org.pyrust.runtime.RichCompareNode;
import org.pyrust.runtime.ToArrayNodeGen;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringIterator;

/**
 * {@code min(a, b, ...)} and {@code max(a, b, ...)}: the first smallest (largest) argument, compared as
 * the operators compare ({@link RichCompareNode}: {@code candidate < best} for min, {@code candidate > best}
 * for max, which is what CPython's messages name); with one argument, its elements ({@code min(s)} of one
 * string is its smallest character).
 */
final class MinMaxSelection {

    private MinMaxSelection() {
    }

    /**
     * The best of the arguments: the first that no later one beats by {@code better}, the comparison a
     * candidate must pass to replace the best so far.
     */
    static Object select(Object[] arguments, Object key, Object defaultValue, Ordering better, String name, RichCompareNode compare) {
        if (arguments.length > 1 && !Args.absent(defaultValue)) {
            CompilerDirectives.transferToInterpreter();
            throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        boolean keyed = !Args.absentOrNone(key);
        if (arguments.length == 1) {
            if (arguments[0] instanceof TruffleString && !keyed && Args.absent(defaultValue)) {
                return selectCharacter(arguments[0], better, name);
            }
            Object[] items = ToArrayNodeGen.getUncached().execute(arguments[0]);
            if (items.length == 0) {
                if (!Args.absent(defaultValue)) {
                    return defaultValue;
                }
                CompilerDirectives.transferToInterpreter();
                throw BuiltinNode.error(ExceptionTypes.VALUE_ERROR, name + "() arg is an empty sequence");
            }
            return keyed ? selectByKey(items, key, better) : select(items, better, compare);
        }
        return keyed ? selectByKey(arguments, key, better) : select(arguments, better, compare);
    }

    /** With {@code key=}: each key computed once; ties keep the first. */
    @TruffleBoundary
    private static Object selectByKey(Object[] items, Object key, Ordering better) {
        Object best = items[0];
        Object bestKey = Callables.call(key, best);
        RichCompareNode compare = RichCompareNodeGen.getUncached();
        for (int i = 1; i < items.length; i++) {
            Object k = Callables.call(key, items[i]);
            if (compare.execute(k, bestKey, better)) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    private static Object select(Object[] arguments, Ordering better, RichCompareNode compare) {
        Object best = arguments[0];
        for (int i = 1; i < arguments.length; i++) {
            if (compare.execute(arguments[i], best, better)) {
                best = arguments[i];
            }
        }
        return best;
    }

    @TruffleBoundary
    private static Object selectCharacter(Object iterable, Ordering better, String name) {
        if (!(iterable instanceof TruffleString s)) {
            throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(iterable) + "' object is not iterable");
        }
        // Code point by code point: a long string is never copied into a Java string.
        TruffleStringIterator codePoints = s.createCodePointIteratorUncached(Values.ENCODING);
        if (!codePoints.hasNext()) {
            throw BuiltinNode.error(ExceptionTypes.VALUE_ERROR, name + "() arg is an empty sequence");
        }
        int best = codePoints.nextUncached();
        while (codePoints.hasNext()) {
            int c = codePoints.nextUncached();
            if (better.holds(Integer.compare(c, best))) {
                best = c;
            }
        }
        return Values.string(new String(Character.toChars(best)));
    }
}
