package org.pyrust.builtins;

import java.util.Map;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Formatting;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.format_map(mapping)}: {@code str.format(**mapping)} without copying into keywords. Only a
 * dict's string keys can name a field, so the others are left out.
 */
@Builtin(name = "format_map", methodOf = "str")
@GenerateNodeFactory
abstract class StrFormatMapMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static TruffleString doFormatMap(TruffleString self, Object mapping) {
        if (!(mapping instanceof PyDict dict)) {
            throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(mapping) + "' object is not subscriptable");
        }
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        for (Object key : dict.keys()) {
            if (key instanceof TruffleString name) {
                named.put(name.toJavaStringUncached(), dict.get(key));
            }
        }
        return Values.string(Formatting.strFormat(self.toJavaStringUncached(), null, named));
    }
}
