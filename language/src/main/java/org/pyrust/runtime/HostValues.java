package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.strings.TruffleString;

/** Which values Java may hand to PyRust (as call arguments or globals), and what they become. */
public final class HostValues {

    private HostValues() {
    }

    /**
     * The PyRust value for {@code value}, or null when PyRust has no such type (arrays, maps, host objects: issue 14).
     * A Java string longer than a PyRust string can be is refused: its length would not be exact.
     */
    @TruffleBoundary
    public static Object toGuest(Object value) throws UnsupportedTypeException {
        if (value instanceof Long || value instanceof Boolean || value instanceof Double || value instanceof TruffleString || value instanceof PyRustValue) {
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float f) {
            return f.doubleValue();
        } else if (value instanceof String s) {
            if (s.length() > Values.MAX_STRING_LENGTH && s.codePointCount(0, s.length()) > Values.MAX_STRING_LENGTH) {
                throw UnsupportedTypeException.create(new Object[]{value}, "a string of " + s.codePointCount(0, s.length())
                                + " characters is longer than PyRust's limit of " + Values.MAX_STRING_LENGTH);
            }
            return Values.string(s);
        }
        return null;
    }
}
