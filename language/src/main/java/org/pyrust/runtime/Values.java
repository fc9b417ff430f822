package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** What every PyRust value is called and how it prints: Python's {@code type(x).__name__} and {@code str(x)}. */
public final class Values {

    /** All strings use UTF-32 so that indices and lengths count code points, as Python does. */
    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_32;

    public static final TruffleString EMPTY = TruffleString.Encoding.UTF_32.getEmpty();

    private Values() {
    }

    public static String typeName(Object value) {
        if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Long) {
            return "int";
        } else if (value instanceof TruffleString) {
            return "str";
        } else if (value instanceof PyRustNone) {
            return "NoneType";
        } else if (value instanceof PyRustFunction f) {
            return f.isBuiltin() ? "builtin_function_or_method" : "function";
        }
        return value == null ? "<unbound>" : value.getClass().getSimpleName();
    }

    /** Python's {@code str(value)}. */
    @TruffleBoundary
    public static String str(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        return String.valueOf(value);
    }

    @TruffleBoundary
    public static TruffleString string(String javaString) {
        return TruffleString.fromJavaStringUncached(javaString, ENCODING);
    }
}
