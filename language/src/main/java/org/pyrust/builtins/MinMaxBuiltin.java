package org.pyrust.builtins;

import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringIterator;

/**
 * {@code min(a, b, ...)} and {@code max(a, b, ...)}: the first smallest (largest) argument, compared as
 * the operators compare (ints and bools together, strings together); {@code min(s)} of one string is its
 * smallest character, since a string is iterable.
 */
@NodeInfo(shortName = "min/max")
final class MinMaxBuiltin extends BuiltinNode {

    private final boolean isMin;

    MinMaxBuiltin(boolean isMin) {
        this.isMin = isMin;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return select(frame.getArguments());
    }

    @TruffleBoundary
    private Object select(Object[] frameArguments) {
        String name = isMin ? "min" : "max";
        int count = frameArguments.length - 1;
        if (count == 0) {
            throw error(name + " expected at least 1 argument, got 0");
        }
        if (count == 1) {
            return selectCharacter(name, frameArguments[1]);
        }
        Object best = frameArguments[1];
        for (int i = 2; i < frameArguments.length; i++) {
            Object candidate = frameArguments[i];
            if (compare(candidate, best) * (isMin ? 1 : -1) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    private Object selectCharacter(String name, Object iterable) {
        if (!(iterable instanceof TruffleString s)) {
            throw error("'" + Values.typeName(iterable) + "' object is not iterable");
        }
        // Code point by code point: a long string is never copied into a Java string.
        TruffleStringIterator codePoints = s.createCodePointIteratorUncached(Values.ENCODING);
        if (!codePoints.hasNext()) {
            throw error(name + "() arg is an empty sequence");
        }
        int best = codePoints.nextUncached();
        while (codePoints.hasNext()) {
            int c = codePoints.nextUncached();
            if (isMin ? c < best : c > best) {
                best = c;
            }
        }
        return Values.string(new String(Character.toChars(best)));
    }

    /** Compares like {@code candidate < best} (for max: {@code candidate > best}) would. */
    private int compare(Object candidate, Object best) {
        if (isNumber(candidate) && isNumber(best)) {
            return Long.compare(asLong(candidate), asLong(best));
        } else if (candidate instanceof TruffleString a && best instanceof TruffleString b) {
            return a.compareIntsUTF32Uncached(b);
        }
        throw error("'" + (isMin ? "<" : ">") + "' not supported between instances of '" + Values.typeName(candidate) + "' and '" + Values.typeName(best) + "'");
    }

    private static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Boolean;
    }

    private static long asLong(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
    }
}
