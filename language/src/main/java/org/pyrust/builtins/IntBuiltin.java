package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code int(x)}: of an int, a bool or a decimal string (Python's syntax: sign, underscores, spaces). */
@NodeInfo(shortName = "int")
final class IntBuiltin extends BuiltinNode {

    private static final int QUOTED_LIMIT = 200;

    @Override
    public Object execute(VirtualFrame frame) {
        int count = argumentCount(frame);
        if (count == 0) {
            return 0L;
        } else if (count > 1) {
            CompilerDirectives.transferToInterpreter();
            throw error("int() takes at most 1 argument (" + count + " given)");
        }
        Object value = argument(frame, 0);
        if (value instanceof Long) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof TruffleString s) {
            return parse(s.toJavaStringUncached());
        }
        CompilerDirectives.transferToInterpreter();
        throw error("int() argument must be a string, a bytes-like object or a real number, not '" + Values.typeName(value) + "'");
    }

    @TruffleBoundary
    static long parse(String text) {
        String digits = text.strip();
        int i = 0;
        boolean negative = false;
        if (!digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-')) {
            negative = digits.charAt(0) == '-';
            i = 1;
        }
        if (i >= digits.length()) {
            throw invalid(text);
        }
        long result = 0;
        boolean previousWasDigit = false;
        boolean overflow = false;
        while (i < digits.length()) {
            int c = digits.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_' && previousWasDigit && i < digits.length()) {
                previousWasDigit = false;
                continue;
            }
            int digit = Character.digit(c, 10);
            if (digit < 0) {
                throw invalid(text);
            }
            previousWasDigit = true;
            // Accumulate negatively so that the smallest int parses.
            try {
                result = Math.subtractExact(Math.multiplyExact(result, 10), digit);
            } catch (ArithmeticException e) {
                overflow = true;
            }
        }
        if (!previousWasDigit) {
            throw invalid(text);
        }
        if (!negative) {
            if (overflow || result == Long.MIN_VALUE) {
                throw error("Integer overflow: int(" + quoted(text) + ")");
            }
            return -result;
        }
        if (overflow) {
            throw error("Integer overflow: int(" + quoted(text) + ")");
        }
        return result;
    }

    private static RuntimeException invalid(String text) {
        return error("invalid literal for int() with base 10: " + quoted(text));
    }

    /** The text in quotes, cut after 200 code points as CPython cuts it, so a huge string makes a short message. */
    private static String quoted(String text) {
        String quoted = "'" + text + "'";
        return quoted.codePointCount(0, quoted.length()) <= QUOTED_LIMIT ? quoted : quoted.substring(0, quoted.offsetByCodePoints(0, QUOTED_LIMIT));
    }
}
