package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** Conversions of builtin arguments, with CPython's messages for the wrong type. */
final class Args {

    private Args() {
    }

    static boolean absent(Object value) {
        return value == NoValue.INSTANCE;
    }

    static boolean absentOrNone(Object value) {
        return value == NoValue.INSTANCE || value == PyRustNone.INSTANCE;
    }

    /** A str argument as it is, or CPython's TypeError naming {@code what}. */
    static TruffleString truffleString(Object value, String what) {
        if (value instanceof TruffleString s) {
            return s;
        }
        CompilerDirectives.transferToInterpreter();
        throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, (what == null ? "" : what + " ") + "must be str, not " + Values.typeName(value));
    }

    /** A str argument as a Java string, for the methods that work on Java strings ({@code StrMethods}). */
    @TruffleBoundary
    static String str(Object value, String what) {
        return truffleString(value, what).toJavaStringUncached();
    }

    /** A string argument, or null when absent or None. */
    static String optStr(Object value, String what) {
        return absentOrNone(value) ? null : str(value, what);
    }

    static long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        CompilerDirectives.transferToInterpreter();
        throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object cannot be interpreted as an integer");
    }

    static long optInteger(Object value, long absentValue) {
        return absent(value) ? absentValue : integer(value);
    }

    /** A slice bound of str.find and friends: absent or None is null. */
    static Long bound(Object value) {
        if (absentOrNone(value)) {
            return null;
        }
        if (value instanceof Long || value instanceof Boolean) {
            return integer(value);
        }
        throw BuiltinNode.error(ExceptionTypes.TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
    }

    /** {@code hex}, {@code oct}, {@code bin}: the prefix and the digits, a minus sign before the prefix. */
    @TruffleBoundary
    static TruffleString inRadix(long value, int radix, String prefix) {
        String digits = value < 0 ? java.math.BigInteger.valueOf(value).negate().toString(radix) : Long.toString(value, radix);
        return Values.string((value < 0 ? "-" : "") + prefix + digits);
    }

    @TruffleBoundary
    static TruffleString string(String value) {
        return Values.string(value);
    }
}
