package org.pyrust.text;

import java.util.List;
import java.util.Map;

/**
 * {@code str.format(*args, **kwargs)}: literal text with {@code {{ }}} escapes and replacement fields
 * {@code {name!conv:spec}}, where the name is empty (automatic numbering), an index or a keyword, followed
 * by {@code .attr} and {@code [key]} parts, and the spec may itself hold fields ({@code {:{width}}}, nested
 * at most once). Errors are CPython 3.11's. The guest objects stay opaque: attribute and item access,
 * conversions and {@code __format__} go through {@link Callbacks}. Truffle-free.
 */
public final class StrFormat {

    /** What the runtime supplies: access to guest values. */
    public interface Callbacks {
        /** {@code getattr(value, name)}; raises the guest AttributeError itself. */
        Object getAttribute(Object value, String name);

        /** {@code value[key]}, the key a {@code Long} when it was all digits, else a {@code String}. */
        Object getItem(Object value, Object key);

        String str(Object value);

        String repr(Object value);

        String ascii(Object value);

        /** {@code format(value, spec)}, i.e. {@code type(value).__format__(value, spec)}. */
        String format(Object value, String spec);
    }

    private final List<?> args;
    private final Map<String, ?> kwargs;
    private final Callbacks cb;
    /** The next automatic index; -1 once manual numbering was used, -2 before either was. */
    private int autoIndex = -2;
    private boolean manual;

    private StrFormat(List<?> args, Map<String, ?> kwargs, Callbacks cb) {
        this.args = args;
        this.kwargs = kwargs;
        this.cb = cb;
    }

    /**
     * {@code fmt.format(*args, **kwargs)}; a missing keyword is a KeyError whose message is the key's repr.
     * Null {@code args} is {@code fmt.format_map(kwargs)}, where a positional field is a ValueError.
     */
    public static String format(String fmt, List<?> args, Map<String, ?> kwargs, Callbacks cb) {
        return new StrFormat(args, kwargs, cb).render(fmt, 2);
    }

    private String render(String fmt, int depth) {
        if (depth <= 0) {
            throw PythonError.valueError("Max string recursion exceeded");
        }
        int[] s = fmt.codePoints().toArray();
        int n = s.length;
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < n) {
            int c = s[pos++];
            if (c == '}') {
                if (pos < n && s[pos] == '}') {
                    pos++;
                    out.append('}');
                    continue;
                }
                throw PythonError.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.appendCodePoint(c);
                continue;
            }
            if (pos >= n) {
                throw PythonError.valueError("Single '{' encountered in format string");
            }
            if (s[pos] == '{') {
                pos++;
                out.append('{');
                continue;
            }
            pos = field(s, pos, depth, out);
            StrMethods.checkedLength(out.length());
        }
        return out.toString();
    }

    /** Renders the field that starts after its '{' at {@code pos}; returns the position after its '}'. */
    private int field(int[] s, int pos, int depth, StringBuilder out) {
        int n = s.length;
        int nameStart = pos;
        int c = 0;
        // the field name runs to ':', '!' or '}', skipping over [keys], which may hold those characters
        while (pos < n) {
            c = s[pos++];
            if (c == '{') {
                throw PythonError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < n && s[pos] != ']') {
                    pos++;
                }
                c = 0;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
            c = 0;
        }
        int nameEnd = c == 0 ? pos : pos - 1;
        String name = new String(s, nameStart, nameEnd - nameStart);
        int conversion = 0;
        String spec = "";
        boolean nested = false;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= n) {
                    throw PythonError.valueError("end of string while looking for conversion specifier");
                }
                conversion = s[pos++];
                if (pos < n) {
                    int next = s[pos++];
                    if (next == '}') {
                        out.append(convertAndFormat(lookup(name), conversion, ""));
                        return pos;
                    }
                    if (next != ':') {
                        throw PythonError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos;
            int level = 1;
            while (pos < n) {
                int d = s[pos++];
                if (d == '{') {
                    nested = true;
                    level++;
                } else if (d == '}' && --level == 0) {
                    spec = new String(s, specStart, pos - 1 - specStart);
                    Object value = lookup(name);
                    if (nested) {
                        spec = render(spec, depth - 1);
                    }
                    out.append(convertAndFormat(value, conversion, spec));
                    return pos;
                }
            }
            throw PythonError.valueError("unmatched '{' in format spec");
        }
        if (c != '}') {
            throw PythonError.valueError("expected '}' before end of string");
        }
        out.append(convertAndFormat(lookup(name), 0, ""));
        return pos;
    }

    private String convertAndFormat(Object value, int conversion, String spec) {
        String converted = switch (conversion) {
            case 0 -> null;
            case 'r' -> cb.repr(value);
            case 's' -> cb.str(value);
            case 'a' -> cb.ascii(value);
            default -> throw PythonError.valueError("Unknown conversion specifier "
                            + (conversion < 128 && conversion > 32 ? String.valueOf((char) conversion) : String.format("\\x%02x", conversion)));
        };
        if (converted != null) {
            return FormatSpec.formatString(converted, spec);
        }
        return cb.format(value, spec);
    }

    /** The value a field name designates: the first part, then each {@code .attr} and {@code [key]}. */
    private Object lookup(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object value;
        if (first.isEmpty()) {
            if (manual) {
                throw PythonError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            autoIndex = autoIndex < 0 ? 0 : autoIndex;
            value = positional(autoIndex++);
        } else if (isDigits(first)) {
            if (autoIndex >= 0) {
                throw PythonError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            value = positional(parseIndex(first));
        } else {
            if (kwargs == null || !kwargs.containsKey(first)) {
                throw new PythonError("KeyError", CharacterRepr.quote(first));
            }
            value = kwargs.get(first);
        }
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw PythonError.valueError("Empty attribute in format string");
                }
                value = cb.getAttribute(value, name.substring(start, i));
            } else if (c == '[') {
                int start = i;
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PythonError.valueError("Missing ']' in format string");
                }
                String key = name.substring(start, i++);
                if (key.isEmpty()) {
                    throw PythonError.valueError("Empty attribute in format string");
                }
                value = cb.getItem(value, isDigits(key) ? (Object) (long) parseIndex(key) : key);
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw PythonError.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
        }
        return value;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int parseIndex(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                throw PythonError.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private Object positional(int index) {
        if (args == null) {
            // str.format_map has a mapping and no positional arguments at all.
            throw PythonError.valueError("Format string contains positional fields");
        }
        if (index >= args.size()) {
            throw new PythonError("IndexError", "Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
