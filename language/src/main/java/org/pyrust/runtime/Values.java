package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** What every PyRust value is called and how it prints: Python's {@code type(x).__name__} and {@code str(x)}. */
public final class Values {

    /** All strings use UTF-32 so that indices and lengths count code points, as Python does. */
    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_32;

    public static final TruffleString EMPTY = TruffleString.Encoding.UTF_32.getEmpty();

    /**
     * The longest string PyRust can hold, in code points. Its UTF-32 bytes must fit in one Java array,
     * whose size is an {@code int}, and a JVM's largest array is a little short of 2^31 bytes (by how much
     * depends on its object layout: a string of 2^31 - 12 bytes crashed TruffleString's repeat on JDK 25),
     * hence the margin of a kilobyte. Every operation that would make a longer string fails with a
     * MemoryError before it starts, so no length is ever computed past an int.
     */
    public static final long MAX_STRING_LENGTH = (1 << 29) - 1024;

    private Values() {
    }

    /** The number of code points of {@code s}: four bytes each in UTF-32. */
    public static long length(TruffleString s) {
        return s.byteLength(ENCODING) >> 2;
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
