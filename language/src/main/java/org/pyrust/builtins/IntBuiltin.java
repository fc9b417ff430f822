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

/**
 * {@code int(x)}: of an int, a bool, a float (truncated) or a decimal string; {@code int(s, base)}: of a
 * string in any base from 2 to 36, or in the base its prefix says ({@code 0x}, {@code 0o}, {@code 0b}) with
 * base 0. Python's syntax either way: a sign, surrounding spaces, single underscores between digits.
 */
@Builtin(name = "int", minArgs = 0, names = {"", "base"}, constructor = true)
@GenerateNodeFactory
abstract class IntBuiltin extends BuiltinNode {

    private static final int QUOTED_LIMIT = 200;

    @Specialization
    static long doNoValue(@SuppressWarnings("unused") NoValue value, @SuppressWarnings("unused") NoValue base) {
        return 0;
    }

    @Specialization
    static long doLong(long value, @SuppressWarnings("unused") NoValue base) {
        return value;
    }

    @Specialization
    static long doBoolean(boolean value, @SuppressWarnings("unused") NoValue base) {
        return value ? 1 : 0;
    }

    /** Truncates toward zero; beyond 64 bits (or inf, nan) is an OverflowError (ValueError for nan). */
    @Specialization
    static long doDouble(double value, @SuppressWarnings("unused") NoValue base) {
        try {
            return org.pyrust.numeric.FloatMath.toLong(value);
        } catch (org.pyrust.text.PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    @Specialization
    @TruffleBoundary
    static long doString(TruffleString value, @SuppressWarnings("unused") NoValue base) {
        return parse(value.toJavaStringUncached(), 10);
    }

    /** Everything else: an explicit base (checked first, as CPython does), or a value int() cannot convert. */
    @Fallback
    @TruffleBoundary
    static Object doOther(Object value, Object base) {
        if (base == NoValue.INSTANCE) {
            throw error(ExceptionTypes.TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '" + Values.typeName(value) + "'");
        }
        long radix = Args.integer(base);
        if (radix != 0 && (radix < 2 || radix > 36)) {
            throw error(ExceptionTypes.VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        }
        if (value == NoValue.INSTANCE) {
            throw error(ExceptionTypes.TYPE_ERROR, "int() missing string argument");
        }
        if (!(value instanceof TruffleString text)) {
            throw error(ExceptionTypes.TYPE_ERROR, "int() can't convert non-string with explicit base");
        }
        return parse(text.toJavaStringUncached(), (int) radix);
    }

    /** {@code int(text, base)}, base 0 or 2 to 36. */
    @TruffleBoundary
    static long parse(String text, int base) {
        String digits = text.strip();
        int i = 0;
        boolean negative = false;
        if (!digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-')) {
            negative = digits.charAt(0) == '-';
            i = 1;
        }
        int radix = base;
        // After a prefix, an underscore may come before the first digit ("0x_ff").
        boolean underscoreAllowed = false;
        int prefixBase = prefixBase(digits, i);
        if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
            radix = prefixBase;
            i += 2;
            underscoreAllowed = true;
        } else if (base == 0) {
            radix = 10;
            // Base 0 reads a literal as the language does: no leading zeros before a nonzero digit ("010").
            if (i < digits.length() && digits.charAt(i) == '0' && !digits.substring(i).chars().allMatch(c -> c == '0' || c == '_')) {
                throw invalid(text, base);
            }
        }
        if (i >= digits.length()) {
            throw invalid(text, base);
        }
        long result = 0;
        boolean previousWasDigit = false;
        boolean overflow = false;
        while (i < digits.length()) {
            int c = digits.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_' && (previousWasDigit || underscoreAllowed) && i < digits.length()) {
                previousWasDigit = false;
                underscoreAllowed = false;
                continue;
            }
            underscoreAllowed = false;
            int digit = digit(c, radix);
            if (digit < 0) {
                throw invalid(text, base);
            }
            previousWasDigit = true;
            // Accumulate negatively so that the smallest int parses.
            try {
                result = Math.subtractExact(Math.multiplyExact(result, radix), digit);
            } catch (ArithmeticException e) {
                overflow = true;
            }
        }
        if (!previousWasDigit) {
            throw invalid(text, base);
        }
        if (overflow || (!negative && result == Long.MIN_VALUE)) {
            throw ruleError(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: int(" + quoted(text) + (base == 10 ? "" : ", " + base) + ")");
        }
        return negative ? result : -result;
    }

    /** The base that a {@code 0x}, {@code 0o} or {@code 0b} prefix at {@code i} names, or 0. */
    private static int prefixBase(String digits, int i) {
        if (i + 1 >= digits.length() || digits.charAt(i) != '0') {
            return 0;
        }
        return switch (digits.charAt(i + 1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
    }

    /** A digit's value: any Unicode decimal digit, or an ASCII letter for 10 to 35; -1 if none below the radix. */
    private static int digit(int c, int radix) {
        int value;
        if (c < 128) {
            value = Character.digit(c, 36);
        } else {
            value = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
        }
        return value < radix ? value : -1;
    }

    private static RuntimeException invalid(String text, int base) {
        return error(ExceptionTypes.VALUE_ERROR, "invalid literal for int() with base " + base + ": " + quoted(text));
    }

    /** The text in quotes, cut after 200 code points as CPython cuts it, so a huge string makes a short message. */
    private static String quoted(String text) {
        String quoted = "'" + text + "'";
        return quoted.codePointCount(0, quoted.length()) <= QUOTED_LIMIT ? quoted : quoted.substring(0, quoted.offsetByCodePoints(0, QUOTED_LIMIT));
    }
}
