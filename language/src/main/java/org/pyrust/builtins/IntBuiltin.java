package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code int(x)}: of an int, a bool or a decimal string (Python's syntax: sign, underscores, spaces). */
@Builtin(name = "int", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class IntBuiltin extends BuiltinNode {

    private static final int QUOTED_LIMIT = 200;

    @Specialization
    static long doNoValue(@SuppressWarnings("unused") NoValue value) {
        return 0;
    }

    @Specialization
    static long doLong(long value) {
        return value;
    }

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    /** Truncates toward zero; beyond 64 bits (or inf, nan) is an OverflowError (ValueError for nan). */
    @Specialization
    static long doDouble(double value) {
        try {
            return org.pyrust.numeric.FloatMath.toLong(value);
        } catch (org.pyrust.text.PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    @Specialization
    @TruffleBoundary
    static long doString(TruffleString value) {
        return parse(value.toJavaStringUncached());
    }

    @Fallback
    static Object doOther(Object value) {
        throw error(ExceptionTypes.TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '" + Values.typeName(value) + "'");
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
                throw error(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: int(" + quoted(text) + ")");
            }
            return -result;
        }
        if (overflow) {
            throw error(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: int(" + quoted(text) + ")");
        }
        return result;
    }

    private static RuntimeException invalid(String text) {
        return error(ExceptionTypes.VALUE_ERROR, "invalid literal for int() with base 10: " + quoted(text));
    }

    /** The text in quotes, cut after 200 code points as CPython cuts it, so a huge string makes a short message. */
    private static String quoted(String text) {
        String quoted = "'" + text + "'";
        return quoted.codePointCount(0, quoted.length()) <= QUOTED_LIMIT ? quoted : quoted.substring(0, quoted.offsetByCodePoints(0, QUOTED_LIMIT));
    }
}
