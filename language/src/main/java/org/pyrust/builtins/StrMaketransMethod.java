package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.maketrans(x[, y[, z]])}: the table {@code str.translate} takes, keyed by code point. One
 * argument: a dict whose keys are characters or code points; two: equal-length strings mapped character
 * by character; a third string's characters map to None. A static method, reached as
 * {@code str.maketrans}, which passes its arguments as they are.
 */
@Builtin(name = "maketrans", methodOf = "str", minArgs = 1)
@GenerateNodeFactory
abstract class StrMaketransMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyDict doMaketrans(Object x, Object y, Object z) {
        PyDict table = new PyDict();
        if (Args.absent(y)) {
            if (!(x instanceof PyDict dict)) {
                throw error(ExceptionTypes.TYPE_ERROR, "if you give only one argument to maketrans it must be a dict");
            }
            for (Object key : dict.keys()) {
                if (key instanceof TruffleString s) {
                    if (Values.length(s) != 1) {
                        throw error(ExceptionTypes.VALUE_ERROR, "string keys in translate table must be of length 1");
                    }
                    table.put((long) Values.codePointAt(s, 0), dict.get(key));
                } else if (key instanceof Long || key instanceof Boolean) {
                    table.put(key, dict.get(key));
                } else {
                    throw error(ExceptionTypes.TYPE_ERROR, "keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        if (!(x instanceof TruffleString)) {
            throw error(ExceptionTypes.TYPE_ERROR, "maketrans() argument 1 must be str, not " + Values.typeName(x));
        }
        int[] from = Args.str(x, null).codePoints().toArray();
        int[] to = Args.str(y, "maketrans() argument 2").codePoints().toArray();
        if (from.length != to.length) {
            throw error(ExceptionTypes.VALUE_ERROR, "the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            table.put((long) from[i], (long) to[i]);
        }
        if (!Args.absent(z)) {
            for (int cp : Args.str(z, "maketrans() argument 3").codePoints().toArray()) {
                table.put((long) cp, PyRustNone.INSTANCE);
            }
        }
        return table;
    }
}
