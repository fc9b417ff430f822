package org.pyrust.runtime;

import java.util.List;
import java.util.Map;

import org.pyrust.text.FormatSpec;
import org.pyrust.text.PercentFormat;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrFormat;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code format(value, spec)}, f-strings' conversions, {@code %} and {@code str.format}: the runtime's side
 * of the Truffle-free text library, which sees guest values only through the callbacks here.
 */
public final class Formatting {

    private Formatting() {
    }

    /** Python's {@code format(value, spec)}. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        try {
            return switch (value) {
                case Boolean b -> spec.isEmpty() ? (b ? "True" : "False") : FormatSpec.formatLong(b ? 1 : 0, spec, "bool");
                case Long l -> FormatSpec.formatLong(l, spec);
                case Double d -> FormatSpec.formatDouble(d, spec);
                case TruffleString s -> FormatSpec.formatString(s.toJavaStringUncached(), spec);
                default -> {
                    if (!spec.isEmpty()) {
                        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "unsupported format string passed to " + Values.typeName(value) + ".__format__", null);
                    }
                    yield Values.str(value);
                }
            };
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    /** {@code !s}, {@code !r}, {@code !a} of an f-string or a format string. */
    @TruffleBoundary
    public static Object convert(Object value, char conversion) {
        return switch (conversion) {
            case 's' -> StrNodeGen.getUncached().execute(value);
            case 'r' -> ReprNodeGen.getUncached().execute(value);
            case 'a' -> Values.string(ascii(Values.repr(value)));
            default -> value;
        };
    }

    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) {
                sb.appendCodePoint(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    /** {@code format % values}. */
    @TruffleBoundary
    public static String percent(String format, Object values) {
        try {
            return PercentFormat.format(format, text(values), PERCENT_VALUES);
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    /** {@code format.format(*args)}. */
    @TruffleBoundary
    public static String strFormat(String format, List<?> args, Map<String, ?> kwargs) {
        try {
            return StrFormat.format(format, args, kwargs, STR_FORMAT);
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    /** The library sees strings as Java strings. */
    private static Object text(Object value) {
        return value instanceof TruffleString s ? s.toJavaStringUncached() : value;
    }

    private static final PercentFormat.Values PERCENT_VALUES = new PercentFormat.Values() {
        @Override
        public List<Object> tupleItems(Object value) {
            return value instanceof PyTuple t ? java.util.Arrays.stream(t.items()).map(Formatting::text).toList() : null;
        }

        @Override
        public boolean isMapping(Object value) {
            return value instanceof PyDict;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            Object value = ((PyDict) mapping).get(Values.string(key));
            if (value == null) {
                throw GetItemNode.keyError(Values.string(key), null);
            }
            return text(value);
        }

        @Override
        public String str(Object value) {
            return Values.str(value);
        }

        @Override
        public String repr(Object value) {
            return Values.repr(value instanceof String s ? Values.string(s) : value);
        }

        @Override
        public String ascii(Object value) {
            return Formatting.ascii(repr(value));
        }

        @Override
        public String typeName(Object value) {
            return value instanceof String ? "str" : Values.typeName(value);
        }

        @Override
        public Object toNumber(Object value) {
            return null;
        }
    };

    private static final StrFormat.Callbacks STR_FORMAT = new StrFormat.Callbacks() {
        @Override
        public Object getAttribute(Object value, String name) {
            CompilerDirectives.transferToInterpreter();
            throw PyRustException.raise(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Values.typeName(value) + "' object has no attribute '" + name + "'", null);
        }

        @Override
        public Object getItem(Object value, Object key) {
            Object k = key instanceof String s ? Values.string(s) : key;
            return GetItemNodeGen.getUncached().execute(value, k);
        }

        @Override
        public String str(Object value) {
            return Values.str(value);
        }

        @Override
        public String repr(Object value) {
            return Values.repr(value);
        }

        @Override
        public String ascii(Object value) {
            return Formatting.ascii(Values.repr(value));
        }

        @Override
        public String format(Object value, String spec) {
            return Formatting.format(value, spec);
        }
    };
}
