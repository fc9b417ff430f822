package org.pyrust.numeric;

import org.pyrust.text.CharacterRepr;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

/**
 * {@code float(s)} for a string, with Python's syntax: surrounding whitespace (Python's definition),
 * an optional sign, decimal digits with single underscores between digits, an optional fraction and
 * exponent, or {@code inf}, {@code infinity}, {@code nan} in any case. Non-ASCII decimal digits count as
 * their ASCII values, as in CPython. The checked text is handed to {@link Double#parseDouble}, which rounds
 * correctly. Truffle-free.
 */
public final class FloatParse {

    private FloatParse() {
    }

    /** {@code float(s)}, or {@code ValueError: could not convert string to float: '<s>'}. */
    public static double parse(String s) {
        String t = StrMethods.strip(s, null);
        String ascii = normalize(t);
        if (ascii == null) {
            throw fail(s);
        }
        int i = 0;
        boolean negative = false;
        if (i < ascii.length() && (ascii.charAt(i) == '+' || ascii.charAt(i) == '-')) {
            negative = ascii.charAt(i) == '-';
            i++;
        }
        String body = ascii.substring(i);
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(ascii.length());
        if (negative) {
            clean.append('-');
        }
        int p = 0;
        int n = body.length();
        int intDigits = digitRun(body, p, clean);
        if (intDigits < 0) {
            throw fail(s);
        }
        p += intDigits;
        int fracDigits = 0;
        if (p < n && body.charAt(p) == '.') {
            clean.append('.');
            p++;
            fracDigits = digitRun(body, p, clean);
            if (fracDigits < 0) {
                throw fail(s);
            }
            p += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            throw fail(s);
        }
        if (p < n && (body.charAt(p) == 'e' || body.charAt(p) == 'E')) {
            clean.append('e');
            p++;
            if (p < n && (body.charAt(p) == '+' || body.charAt(p) == '-')) {
                clean.append(body.charAt(p));
                p++;
            }
            int expDigits = digitRun(body, p, clean);
            if (expDigits <= 0) {
                throw fail(s);
            }
            p += expDigits;
        }
        if (p != n) {
            throw fail(s);
        }
        return Double.parseDouble(clean.toString());
    }

    /**
     * Copies digits with single underscores between them from {@code body} at {@code p}; returns the
     * number of characters consumed (0 if there is no digit), or -1 for a misplaced underscore.
     */
    private static int digitRun(String body, int p, StringBuilder out) {
        int start = p;
        while (p < body.length()) {
            char c = body.charAt(p);
            if (c >= '0' && c <= '9') {
                out.append(c);
                p++;
            } else if (c == '_') {
                boolean between = p > start && p + 1 < body.length() && isAsciiDigit(body.charAt(p - 1)) && isAsciiDigit(body.charAt(p + 1));
                if (!between) {
                    return -1;
                }
                p++;
            } else {
                break;
            }
        }
        return p - start;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text with every Unicode decimal digit replaced by its ASCII digit; null if a non-ASCII character is left. */
    private static String normalize(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length();) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                out.append((char) c);
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                return null;
            }
        }
        return out.toString();
    }

    private static PythonError fail(String s) {
        return PythonError.valueError("could not convert string to float: " + CharacterRepr.quote(s));
    }
}
