package org.pyrust.text;

import org.pyrust.numeric.FloatRepr;

/**
 * The format-spec mini-language, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * parsed with CPython's errors and applied to ints ({@link #formatLong}), floats ({@link #formatDouble})
 * and strings ({@link #formatString}). Truffle-free: widths count code points, as Python does.
 *
 * <p>For a {@code bool}, CPython's {@code format(True, '')} is {@code 'True'} (an empty spec means
 * {@code str()}) while any other spec formats it as the int 1: the caller checks for the empty spec and
 * otherwise calls {@code formatLong(1, spec, "bool")}. The same holds for an empty spec on any value:
 * {@code format(x, '')} is {@code str(x)}, which for ints and floats these methods also produce.
 */
public final class FormatSpec {

    /** The fill character (a code point); a space unless given. */
    public final int fill;
    /** One of {@code < > = ^}, or 0 when not given (then the type's default applies). */
    public final char align;
    /** One of {@code + - space}, or 0 when not given. */
    public final char sign;
    /** {@code z}: a negative zero after rounding shows as a positive zero. */
    public final boolean noNegativeZero;
    /** {@code #}: the alternate form. */
    public final boolean alternate;
    /** The minimum width, or -1. */
    public final int width;
    /** {@code ,} or {@code _}, or 0. */
    public final char grouping;
    /** The precision, or -1. */
    public final int precision;
    /** The presentation type, or 0 when not given. */
    public final char type;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width, char grouping,
                    int precision, char type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses a spec for a value whose default alignment is {@code defaultAlign} ('&gt;' for numbers, '&lt;'
     * for strings: it decides what a leading {@code 0} means); {@code typeName} goes into the messages.
     */
    public static FormatSpec parse(String spec, char defaultAlign, String typeName) {
        int[] s = spec.codePoints().toArray();
        int n = s.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = 0;
        if (n >= 2 && isAlign(s[1])) {
            fill = s[0];
            fillGiven = true;
            align = (char) s[1];
            pos = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            align = (char) s[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
            sign = (char) s[pos++];
        }
        boolean z = false;
        if (pos < n && s[pos] == 'z') {
            z = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && s[pos] == '#') {
            alternate = true;
            pos++;
        }
        // A leading 0 before the width is a fill of zeros, sign-aware for numbers, unless a fill was given.
        if (!fillGiven && pos < n && s[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
            width = width * 10 + (s[pos++] - '0');
            if (width > Integer.MAX_VALUE) {
                throw PythonError.valueError("Too many decimal digits in format string");
            }
        }
        int w = pos > start ? (int) width : -1;
        char grouping = 0;
        if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
            grouping = (char) s[pos++];
            if (pos < n && (s[pos] == ',' || s[pos] == '_') && s[pos] != grouping) {
                throw PythonError.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (pos < n && s[pos] == '.') {
            pos++;
            start = pos;
            long p = 0;
            while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
                p = p * 10 + (s[pos++] - '0');
                if (p > Integer.MAX_VALUE) {
                    throw PythonError.valueError("Too many decimal digits in format string");
                }
            }
            if (pos == start) {
                throw PythonError.valueError("Format specifier missing precision");
            }
            precision = (int) p;
        }
        if (n - pos > 1) {
            throw PythonError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        // A width, or a number's precision, past the longest string PyRust holds cannot be laid out.
        if (w > StrMethods.MAX_LENGTH || precision > StrMethods.MAX_LENGTH && !"str".equals(typeName)) {
            throw PythonError.stringTooLong(Math.max(w, precision));
        }
        char type = 0;
        if (pos < n) {
            int t = s[pos];
            type = t > 0xffff ? '\uffff' : (char) t;
        }
        if (grouping != 0) {
            checkGrouping(grouping, type, defaultAlign);
        }
        return new FormatSpec(fill, align, sign, z, alternate, w, grouping, precision, type);
    }

    private static void checkGrouping(char grouping, char type, char defaultAlign) {
        switch (type) {
            case 0:
                if (defaultAlign == '<') {
                    throw PythonError.valueError("Cannot specify '" + grouping + "' with 's'.");
                }
                return;
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
                return;
            case 'b', 'o', 'x', 'X':
                if (grouping == '_') {
                    return;
                }
                break;
            default:
                break;
        }
        String t = type == '\uffff' ? "?" : String.valueOf(type);
        throw PythonError.valueError("Cannot specify '" + grouping + "' with '" + t + "'.");
    }

    // ---- strings

    /** {@code format(s, spec)} for a str. */
    public static String formatString(String value, String spec) {
        FormatSpec f = parse(spec, '<', "str");
        if (f.type != 0 && f.type != 's') {
            throw unknownCode(f.type, "str");
        }
        if (f.sign == ' ') {
            throw PythonError.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw PythonError.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw PythonError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PythonError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PythonError.valueError("'=' alignment not allowed in string format specifier");
        }
        String v = value;
        if (f.precision >= 0 && v.codePointCount(0, v.length()) > f.precision) {
            v = v.substring(0, v.offsetByCodePoints(0, f.precision));
        }
        return f.pad("", v, '<');
    }

    // ---- ints

    /** {@code format(n, spec)} for an int. */
    public static String formatLong(long value, String spec) {
        return formatLong(value, spec, "int");
    }

    /** {@code format(n, spec)} for an int-like value whose type is named {@code typeName} in messages (e.g. "bool"). */
    public static String formatLong(long value, String spec, String typeName) {
        FormatSpec f = parse(spec, '>', typeName);
        switch (f.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return f.formatFloat((double) value);
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw unknownCode(f.type, typeName);
        }
        if (f.precision >= 0) {
            throw PythonError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw PythonError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PythonError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PythonError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value < 0 || value > 0x10ffff) {
                throw PythonError.overflowError("%c arg not in range(0x110000)");
            }
            return f.pad("", new String(Character.toChars((int) value)), '>');
        }
        boolean negative = value < 0;
        // Long.MIN_VALUE has no positive long: the unsigned text of its magnitude is right
        long magnitude = negative ? -value : value;
        String digits;
        String prefix = "";
        int groupSize = 3;
        switch (f.type) {
            case 'b' -> {
                digits = Long.toBinaryString(magnitude);
                prefix = "0b";
                groupSize = 4;
            }
            case 'o' -> {
                digits = Long.toOctalString(magnitude);
                prefix = "0o";
                groupSize = 4;
            }
            case 'x' -> {
                digits = Long.toHexString(magnitude);
                prefix = "0x";
                groupSize = 4;
            }
            case 'X' -> {
                digits = Long.toHexString(magnitude).toUpperCase(java.util.Locale.ROOT);
                prefix = "0X";
                groupSize = 4;
            }
            default -> digits = Long.toUnsignedString(magnitude);
        }
        if (!f.alternate) {
            prefix = "";
        }
        return f.layoutNumber(negative, prefix, digits, "", groupSize);
    }

    // ---- floats

    /** {@code format(x, spec)} for a float. */
    public static String formatDouble(double value, String spec) {
        FormatSpec f = parse(spec, '>', "float");
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return f.formatFloat(value);
            default:
                throw unknownCode(f.type, "float");
        }
    }

    private String formatFloat(double original) {
        char t = type == 'n' ? 'g' : type;
        // '%' scales in floating point as CPython does, so a huge value becomes inf%
        double value = t == '%' ? original * 100 : original;
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        boolean negative = Math.copySign(1.0, value) < 0 && !Double.isNaN(value);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String text = Double.isNaN(value) ? "nan" : "inf";
            if (upper) {
                text = text.toUpperCase(java.util.Locale.ROOT);
            }
            return layoutNumber(negative, "", text, t == '%' ? "%" : "", 3);
        }
        double x = Math.abs(value);
        String body;
        switch (t) {
            case 'f', 'F' -> body = FloatRepr.fixedPoint(x, precision < 0 ? 6 : precision) + (alternate && precision == 0 ? "." : "");
            case '%' -> {
                body = FloatRepr.fixedPoint(x, precision < 0 ? 6 : precision) + (alternate && precision == 0 ? "." : "") + "%";
            }
            case 'e', 'E' -> {
                int p = precision < 0 ? 6 : precision;
                FloatRepr.Digits d = FloatRepr.significant(x, p + 1);
                body = FloatRepr.scientific(d.digits(), x == 0 ? 0 : d.exponent(), p, alternate);
            }
            case 'g', 'G' -> body = general(x, precision < 0 ? 6 : Math.max(precision, 1), alternate, false);
            default -> {
                if (precision < 0) {
                    // no type, no precision: repr's digits and thresholds
                    FloatRepr.Digits d = FloatRepr.shortest(x);
                    int exp = d.exponent();
                    body = exp < -4 || exp >= 16 ? FloatRepr.scientific(d.digits(), exp, -1, alternate)
                                    : FloatRepr.fixed(d.digits(), d.pointPosition(), -1, true);
                } else {
                    // like 'g', but a fixed-point result keeps a '.0' and exponent form starts one digit earlier
                    body = general(x, Math.max(precision, 1), alternate, true);
                }
            }
        }
        if (upper) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (negative && noNegativeZero && isZero(body)) {
            negative = false;
        }
        // split off what follows the integer digits, so grouping only touches those
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return layoutNumber(negative, "", body.substring(0, end), body.substring(end), 3);
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                return true;
            }
        }
        return true;
    }

    /** The 'g' layout with p significant digits; {@code addDotZero} is the no-type-with-precision variant. */
    private static String general(double x, int p, boolean alternate, boolean addDotZero) {
        FloatRepr.Digits d = FloatRepr.significant(x, p);
        int exp = x == 0 ? 0 : d.exponent();
        int limit = addDotZero ? p - 1 : p;
        if (exp < -4 || exp >= limit) {
            String digits = alternate ? d.digits() : stripZeros(d.digits());
            return FloatRepr.scientific(digits, exp, alternate ? p - 1 : -1, alternate);
        }
        int point = x == 0 ? 1 : d.pointPosition();
        if (alternate) {
            String s = FloatRepr.fixed(d.digits(), point, Math.max(p - point, 0), false);
            return s.indexOf('.') < 0 ? s + "." : s;
        }
        return FloatRepr.fixed(stripZeros(d.digits()), point, -1, addDotZero);
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    // ---- layout

    /**
     * Sign, prefix, grouped integer digits and the rest (fraction, exponent, '%'), padded to the width; with
     * a '0' fill and '=' alignment the padding is made of digits, so it is grouped too.
     */
    private String layoutNumber(boolean negative, String prefix, String intDigits, String rest, int groupSize) {
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String head = signText + prefix;
        char a = align == 0 ? '>' : align;
        boolean digitsOnly = !intDigits.isEmpty() && Character.isDigit(intDigits.charAt(0));
        if (grouping != 0 && digitsOnly) {
            if (fill == '0' && a == '=' && width > 0) {
                int min = width - head.length() - rest.length();
                return head + group(intDigits, groupSize, min) + rest;
            }
            intDigits = group(intDigits, groupSize, 0);
        }
        if (a == '=') {
            int pad = width - head.length() - intDigits.length() - rest.length();
            return head + fillText(pad) + intDigits + rest;
        }
        return pad(head, intDigits + rest, a);
    }

    /** Digits with a separator every {@code size} from the right, zero-extended to at least {@code min} characters. */
    private String group(String digits, int size, int min) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (count > 0 && count % size == 0) {
                out.append(grouping);
            }
            out.append(digits.charAt(i));
            count++;
        }
        while (out.length() < min) {
            if (count % size == 0) {
                out.append(grouping);
                if (out.length() >= min) {
                    out.append('0'); // never start with a separator
                    count++;
                    break;
                }
            }
            out.append('0');
            count++;
        }
        return out.reverse().toString();
    }

    /** {@code head + body} aligned in the width; {@code defaultAlign} applies when none was given. */
    private String pad(String head, String body, char defaultAlign) {
        String text = head + body;
        int len = text.codePointCount(0, text.length());
        int pad = width - len;
        if (pad <= 0) {
            return text;
        }
        char a = align == 0 ? defaultAlign : align;
        return switch (a) {
            case '<' -> text + fillText(pad);
            case '^' -> fillText(pad / 2) + text + fillText(pad - pad / 2);
            case '=' -> head + fillText(pad) + body;
            default -> fillText(pad) + text;
        };
    }

    private String fillText(int count) {
        if (count <= 0) {
            return "";
        }
        return new String(Character.toChars(fill)).repeat(count);
    }

    private static PythonError unknownCode(char type, String typeName) {
        String shown = type > ' ' && type < 0x7f ? "'" + type + "'" : String.format("'\\x%x'", (int) type);
        return PythonError.valueError("Unknown format code " + shown + " for object of type '" + typeName + "'");
    }
}
