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
 * {@code str.translate(table)}: each character whose code point is a key of the table becomes the
 * table's value for it (a string, a code point, or None to delete it); others stay. The table is a dict,
 * as {@code str.maketrans} makes.
 */
@Builtin(name = "translate", methodOf = "str")
@GenerateNodeFactory
abstract class StrTranslateMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doTranslate(TruffleString self, Object table) {
        if (!(table instanceof PyDict dict)) {
            throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(table) + "' object is not subscriptable");
        }
        String s = self.toJavaStringUncached();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            Object mapped = dict.get((long) cp);
            if (mapped == null) {
                sb.appendCodePoint(cp);
            } else if (mapped instanceof TruffleString t) {
                sb.append(t.toJavaStringUncached());
            } else if (mapped instanceof Long code) {
                if (code < 0 || code > 0x10FFFF) {
                    throw error(ExceptionTypes.VALUE_ERROR, "character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) (long) code);
            } else if (mapped != PyRustNone.INSTANCE) {
                throw error(ExceptionTypes.TYPE_ERROR, "character mapping must return integer, None or str");
            }
        });
        return Args.string(sb.toString());
    }
}
