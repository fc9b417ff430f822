package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.StrNode;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str(x)}: the text {@code print} would show; {@code str()} is the empty string. PyRust has no
 * bytes, so {@code str(x, encoding)} has nothing to decode: it fails as CPython does for a non-bytes
 * {@code x}.
 */
@Builtin(name = "str", minArgs = 0, constructor = true, names = {"object", "encoding", "errors"})
@GenerateNodeFactory
abstract class StrBuiltin extends BuiltinNode {

    @Specialization
    static TruffleString doEmpty(@SuppressWarnings("unused") NoValue value, @SuppressWarnings("unused") NoValue encoding,
                    @SuppressWarnings("unused") NoValue errors) {
        return Values.EMPTY;
    }

    @Specialization(guards = "!isNoValue(value)")
    static TruffleString doValue(Object value, @SuppressWarnings("unused") NoValue encoding, @SuppressWarnings("unused") NoValue errors,
                    @Cached StrNode str) {
        return str.execute(value);
    }

    @Fallback
    @TruffleBoundary
    static TruffleString doDecode(Object value, Object encoding, Object errors) {
        checkText("encoding", encoding);
        checkText("errors", errors);
        if (isNoValue(value)) {
            return Values.EMPTY;
        } else if (value instanceof TruffleString) {
            throw error(ExceptionTypes.TYPE_ERROR, "decoding str is not supported");
        }
        throw error(ExceptionTypes.TYPE_ERROR, "decoding to str: need a bytes-like object, " + Values.typeName(value) + " found");
    }

    private static void checkText(String parameter, Object argument) {
        if (!isNoValue(argument) && !(argument instanceof TruffleString)) {
            throw error(ExceptionTypes.TYPE_ERROR, "str() argument '" + parameter + "' must be str, not " + Values.typeName(argument));
        }
    }

    static boolean isNoValue(Object value) {
        return value == NoValue.INSTANCE;
    }
}
