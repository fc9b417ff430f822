package org.pyrust.runtime;

import com.oracle.truffle.api.strings.TruffleString;

/** Which values Java may hand to PyRust (as call arguments or globals), and what they become. */
public final class HostValues {

    private HostValues() {
    }

    /** The PyRust value for {@code value}, or null when PyRust has no such type (doubles, arrays, objects...). */
    public static Object toGuest(Object value) {
        if (value instanceof Long || value instanceof Boolean || value instanceof TruffleString
                        || value instanceof PyRustFunction || value instanceof PyRustNone) {
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof String s) {
            return Values.string(s);
        }
        return null;
    }
}
