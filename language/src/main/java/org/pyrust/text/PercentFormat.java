package org.pyrust.text;

import java.util.List;

import org.pyrust.numeric.FloatMath;

/**
 * {@code fmt % values}: printf-style formatting with {@code %(key)s} mapping keys, the flags {@code #0- +},
 * {@code *} width and precision, and the conversions {@code s r a d i u o x X e E f F g G c %}, with
 * CPython 3.11's errors. Ints arrive as {@code Long} (or {@code Boolean}), floats as {@code Double},
 * strings as {@code String}; anything else is opaque and handled through {@link Values}. Truffle-free.
 */
public final class PercentFormat {

    /** What the runtime supplies: the shape of the right operand and conversions of guest values. */
    public interface Values {
        /** The items if {@code v} is a tuple, else null (then it is a single argument). */
        List<Object> tupleItems(Object v);

        /** Whether {@code v} is a mapping (and not a tuple or str): then {@code %(key)s} reads from it. */
        boolean isMapping(Object v);

        /** {@code mapping[key]}; the runtime raises KeyError itself. */
        Object getItem(Object mapping, String key);

        String str(Object v);

        String repr(Object v);

        String ascii(Object v);

        /** The type name for messages: {@code "str"}, {@code "list"}. */
        String typeName(Object v);

        /** {@code v} as a Long or Double if it has {@code __index__} / {@code __float__}, else null. */
        Object toNumber(Object v);
    }

    private final String fmt;
    private final Values values;
    private final List<Object> items;
    private final Object mapping;
    private int next;

    private PercentFormat(String fmt, Object args, Values values) {
        this.fmt = fmt;
        this.values = values;
        List<Object> tuple = values.tupleItems(args);
        this.items = tuple != null ? tuple : java.util.Collections.singletonList(args);
        this.mapping = tuple == null && !(args instanceof String) && values.isMapping(args) ? args : null;
    }

    /** {@code fmt % args}; {@code args} is the right operand as it is (a tuple, a mapping or one value). */
    public static String format(String fmt, Object args, Values values) {
        return new PercentFormat(fmt, args, values).run();
    }

    private Object nextArg() {
        if (next >= items.size()) {
            throw PythonError.typeError("not enough arguments for format string");
        }
        return items.get(next++);
    }

    private String run() {
        int[] s = fmt.codePoints().toArray();
        int n = s.length;
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < n) {
            int c = s[pos++];
            if (c != '%') {
                out.appendCodePoint(c);
                continue;
            }
            if (pos >= n) {
                throw PythonError.valueError("incomplete format");
            }
            Object keyed = null;
            boolean hasKey = false;
            if (s[pos] == '(') {
                int depth = 1;
                int start = ++pos;
                while (pos < n && depth > 0) {
                    if (s[pos] == '(') {
                        depth++;
                    } else if (s[pos] == ')') {
                        depth--;
                    }
                    pos++;
                }
                if (depth > 0) {
                    throw PythonError.valueError("incomplete format key");
                }
                if (mapping == null) {
                    throw PythonError.typeError("format requires a mapping");
                }
                keyed = values.getItem(mapping, new String(s, start, pos - 1 - start));
                hasKey = true;
                next = items.size(); // as in CPython, after a key there is no positional argument left
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alternate = false;
            boolean zero = false;
            for (; pos < n; pos++) {
                switch (s[pos]) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alternate = true;
                    case '0' -> zero = true;
                    default -> {
                        break;
                    }
                }
                if ("-+ #0".indexOf(s[pos]) < 0) {
                    break;
                }
            }
            int width = -1;
            if (pos < n && s[pos] == '*') {
                pos++;
                width = starArg();
                if (width < 0) {
                    left = true;
                    width = -width;
                }
            } else {
                width = digits(s, pos);
                while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
                    pos++;
                }
            }
            int precision = -1;
            if (pos < n && s[pos] == '.') {
                pos++;
                if (pos < n && s[pos] == '*') {
                    pos++;
                    precision = Math.max(starArg(), 0);
                } else {
                    precision = Math.max(digits(s, pos), 0);
                    while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
                        pos++;
                    }
                }
            }
            while (pos < n && (s[pos] == 'h' || s[pos] == 'l' || s[pos] == 'L')) {
                pos++; // C length modifiers, accepted and ignored
            }
            if (pos >= n) {
                throw PythonError.valueError("incomplete format");
            }
            int type = s[pos++];
            if (width > StrMethods.MAX_LENGTH || precision > StrMethods.MAX_LENGTH && isNumeric(type)) {
                throw PythonError.stringTooLong(Math.max(width, precision));
            }
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object arg = hasKey ? keyed : nextArg(); // a mapping is also the one positional argument
            String[] parts = convert(type, arg, precision, alternate, plus, space, pos - 1);
            out.append(pad(parts, width, left, zero && isNumeric(type)));
            StrMethods.checkedLength(out.length());
        }
        if (mapping == null && next < items.size()) {
            throw PythonError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static boolean isNumeric(int type) {
        return "diuoxXeEfFgG".indexOf(type) >= 0;
    }

    private int starArg() {
        Object w = nextArg();
        if (w instanceof Long l) {
            return (int) Math.max(Math.min(l, Integer.MAX_VALUE), Integer.MIN_VALUE + 1);
        }
        if (w instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonError.typeError("* wants int");
    }

    private static int digits(int[] s, int pos) {
        if (pos >= s.length || s[pos] < '0' || s[pos] > '9') {
            return -1;
        }
        long v = 0;
        while (pos < s.length && s[pos] >= '0' && s[pos] <= '9') {
            v = v * 10 + (s[pos++] - '0');
            if (v > Integer.MAX_VALUE) {
                throw PythonError.valueError("width too big");
            }
        }
        return (int) v;
    }

    /** The converted value as {sign and prefix, the rest}: zero padding goes between the two. */
    private String[] convert(int type, Object arg, int precision, boolean alternate, boolean plus, boolean space, int index) {
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? values.str(arg) : type == 'r' ? values.repr(arg) : values.ascii(arg);
                if (precision >= 0 && text.codePointCount(0, text.length()) > precision) {
                    text = text.substring(0, text.offsetByCodePoints(0, precision));
                }
                return new String[] {"", text};
            }
            case 'c' -> {
                return new String[] {"", character(arg)};
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                long v = integer(arg, type);
                return integerText(v, type, precision, alternate, plus, space);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double x = real(arg);
                StringBuilder spec = new StringBuilder();
                if (plus) {
                    spec.append('+');
                } else if (space) {
                    spec.append(' ');
                }
                if (alternate) {
                    spec.append('#');
                }
                spec.append('.').append(precision < 0 ? 6 : precision).appendCodePoint(type);
                String text = FormatSpec.formatDouble(x, spec.toString());
                boolean signed = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+' || text.charAt(0) == ' ');
                return signed ? new String[] {text.substring(0, 1), text.substring(1)} : new String[] {"", text};
            }
            default -> {
                String shown = type >= 32 && type < 127 ? String.valueOf((char) type) : "?";
                throw PythonError.valueError(String.format("unsupported format character '%s' (0x%x) at index %d", shown, type, index));
            }
        }
    }

    private String character(Object arg) {
        if (arg instanceof String str) {
            if (str.codePointCount(0, str.length()) == 1) {
                return str;
            }
            throw PythonError.typeError("%c requires int or char");
        }
        Object v = arg instanceof Boolean b ? (Object) (b ? 1L : 0L) : arg instanceof Long ? arg : arg instanceof Double ? null : values.toNumber(arg);
        if (v instanceof Long l) {
            if (l < 0 || l > 0x10ffff) {
                throw PythonError.overflowError("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) (long) l));
        }
        throw PythonError.typeError("%c requires int or char");
    }

    private long integer(Object arg, int type) {
        Object v = number(arg);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            if (type == 'd' || type == 'i' || type == 'u') {
                return FloatMath.toLong(d); // %d truncates a float, as int() does
            }
            throw PythonError.typeError("%" + (char) type + " format: an integer is required, not float");
        }
        if (type == 'd' || type == 'i' || type == 'u') {
            throw PythonError.typeError("%" + (char) type + " format: a real number is required, not " + values.typeName(arg));
        }
        throw PythonError.typeError("%" + (char) type + " format: an integer is required, not " + values.typeName(arg));
    }

    private double real(Object arg) {
        Object v = number(arg);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        throw PythonError.typeError("must be real number, not " + values.typeName(arg));
    }

    private Object number(Object arg) {
        if (arg instanceof Long || arg instanceof Double) {
            return arg;
        }
        if (arg instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (arg instanceof String) {
            return null;
        }
        return values.toNumber(arg);
    }

    /** An int's text: sign, the {@code #} prefix, then at least {@code precision} digits. */
    private static String[] integerText(long v, int type, int precision, boolean alternate, boolean plus, boolean space) {
        boolean negative = v < 0;
        long m = negative ? -v : v;
        String digits = switch (type) {
            case 'o' -> Long.toOctalString(m);
            case 'x' -> Long.toHexString(m);
            case 'X' -> Long.toHexString(m).toUpperCase(java.util.Locale.ROOT);
            default -> Long.toUnsignedString(m);
        };
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String prefix = !alternate ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
        String sign = negative ? "-" : plus ? "+" : space ? " " : "";
        return new String[] {sign + prefix, digits};
    }

    private static String pad(String[] parts, int width, boolean left, boolean zero) {
        String head = parts[0];
        String body = parts[1];
        int len = head.codePointCount(0, head.length()) + body.codePointCount(0, body.length());
        if (width <= len) {
            return head + body;
        }
        if (left) {
            return head + body + " ".repeat(width - len);
        }
        if (zero) {
            return head + "0".repeat(width - len) + body;
        }
        return " ".repeat(width - len) + head + body;
    }
}
