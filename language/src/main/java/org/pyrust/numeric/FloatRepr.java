package org.pyrust.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)} (which is also {@code str(float)}) and the decimal digits the format
 * mini-language lays out. Truffle-free.
 *
 * <p>The shortest round-trip digits come from {@link Double#toString(double)}, which since JDK 19 picks
 * the shortest decimal that reads back as the same double, as CPython's repr does; only its layout
 * differs, plus one corner: when a single digit would do, Java insists on two (it prints
 * {@code 4.9E-324} where Python prints {@code 5e-324}), so a one-digit candidate is tried first.
 */
public final class FloatRepr {

    private FloatRepr() {
    }

    /**
     * Decimal digits without leading or trailing zeros ({@code "0"} for zero) and the position of the
     * decimal point: the value is {@code 0.<digits> * 10**pointPosition}, so 123.0 is ("123", 3).
     */
    public record Digits(String digits, int pointPosition) {
        /** The exponent of the first digit in scientific notation: 123.0 has 2. */
        public int exponent() {
            return pointPosition - 1;
        }
    }

    /** {@code repr(x)}: {@code 0.1}, {@code 1e+16}, {@code 1e-05}, {@code 1.0}, {@code -0.0}, {@code inf}, {@code nan}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        Digits d = shortest(Math.abs(x));
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        int exp = d.exponent();
        // CPython switches to exponent form outside 1e-4 <= |x| < 1e16.
        if (exp < -4 || exp >= 16) {
            return sign + scientific(d.digits(), exp, -1, false);
        }
        return sign + fixed(d.digits(), d.pointPosition(), -1, true);
    }

    /** The shortest digits that read back as {@code x} (finite, non-negative). */
    public static Digits shortest(double x) {
        if (x == 0) {
            return new Digits("0", 1);
        }
        String s = Double.toString(x);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        String digits = stripTrailingZeros(all.substring(lead));
        point -= lead;
        if (digits.length() == 2) {
            String one = oneDigit(x, digits, point);
            if (one != null) {
                return one.length() == 2 ? new Digits("1", point + 1) : new Digits(one, point);
            }
        }
        return new Digits(digits, point);
    }

    /** A one-digit decimal that reads back as x, nearest first; "10" stands for a carry to the next power. */
    private static String oneDigit(double x, String two, int point) {
        int first = two.charAt(0) - '0';
        int second = two.charAt(1) - '0';
        int[] candidates = second >= 5 ? new int[] {first + 1, first} : new int[] {first, first + 1};
        for (int c : candidates) {
            if (c == 0) {
                continue;
            }
            if (Double.parseDouble(c + "E" + (point - 1)) == x) {
                return Integer.toString(c);
            }
        }
        return null;
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /**
     * {@code x} (finite, non-negative) correctly rounded, half to even on the exact binary value, to
     * {@code significant} significant digits; trailing zeros are kept so the result has exactly that many.
     */
    public static Digits significant(double x, int significant) {
        if (x == 0) {
            return new Digits("0".repeat(significant), 1);
        }
        BigDecimal r = new BigDecimal(x).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        String unscaled = r.unscaledValue().toString();
        // value = unscaled * 10**-scale; unscaled may carry fewer digits than asked (exact values) or not
        int point = unscaled.length() - r.scale();
        String digits = unscaled.length() < significant ? unscaled + "0".repeat(significant - unscaled.length()) : unscaled;
        return new Digits(digits, point);
    }

    /** {@code x} (finite, non-negative) correctly rounded to {@code decimals} places after the point, as plain text. */
    public static String fixedPoint(double x, int decimals) {
        BigDecimal exact = new BigDecimal(x);
        // At least one decimal, so that the plain text has a point for the zeros below to follow.
        int scale = Math.max(exact.scale(), 1);
        if (decimals > scale) {
            // A double has at most 1074 decimals: beyond its own, every one is a zero, which setScale would
            // compute with a power of ten as long as the string.
            return exact.setScale(scale).toPlainString() + "0".repeat(decimals - scale);
        }
        return exact.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Lays out digits in exponent form: {@code d.ddde+XX} with at least two exponent digits.
     * {@code decimals} &lt; 0 means all the digits; otherwise the fraction is padded or cut to that length.
     */
    public static String scientific(String digits, int exponent, int decimals, boolean forcePoint) {
        StringBuilder out = new StringBuilder();
        out.append(digits.charAt(0));
        String rest = digits.substring(1);
        if (decimals >= 0) {
            rest = rest.length() >= decimals ? rest.substring(0, decimals) : rest + "0".repeat(decimals - rest.length());
        }
        if (!rest.isEmpty() || forcePoint) {
            out.append('.').append(rest);
        }
        out.append(exponent < 0 ? "e-" : "e+");
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        return out.append(abs).toString();
    }

    /**
     * Lays out digits in positional form. {@code decimals} &lt; 0 means as many as the digits need;
     * {@code pointZero} writes {@code 1.0} rather than {@code 1} when there is no fraction.
     */
    public static String fixed(String digits, int point, int decimals, boolean pointZero) {
        StringBuilder out = new StringBuilder();
        String intPart;
        String frac;
        if (point <= 0) {
            intPart = "0";
            frac = "0".repeat(-point) + digits;
        } else if (point >= digits.length()) {
            intPart = digits + "0".repeat(point - digits.length());
            frac = "";
        } else {
            intPart = digits.substring(0, point);
            frac = digits.substring(point);
        }
        if (decimals < 0) {
            frac = frac.replaceAll("0+$", "");
        } else if (frac.length() < decimals) {
            frac = frac + "0".repeat(decimals - frac.length());
        }
        out.append(intPart);
        if (!frac.isEmpty()) {
            out.append('.').append(frac);
        } else if (pointZero) {
            out.append(".0");
        }
        return out.toString();
    }
}
