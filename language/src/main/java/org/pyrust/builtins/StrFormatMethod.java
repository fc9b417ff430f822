package org.pyrust.builtins;

import java.util.Arrays;
import java.util.Map;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.Formatting;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.format(*args)}: replacement fields by position, with the format-spec mini-language. */
@Builtin(name = "format", methodOf = "str", varArgs = true, varKeywords = true)
@GenerateNodeFactory
abstract class StrFormatMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static TruffleString doFormat(Object[] arguments, Object keywords) {
        if (arguments.length == 0 || !(arguments[0] instanceof TruffleString format)) {
            throw error(ExceptionTypes.TYPE_ERROR, "descriptor 'format' for 'str' objects doesn't apply to this object");
        }
        return Values.string(Formatting.strFormat(format.toJavaStringUncached(), Arrays.asList(arguments).subList(1, arguments.length), named(keywords)));
    }

    private static Map<String, Object> named(Object keywords) {
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        if (keywords instanceof org.pyrust.runtime.PyDict dict) {
            for (Object key : dict.keys()) {
                named.put(((TruffleString) key).toJavaStringUncached(), dict.get(key));
            }
        }
        return named;
    }
}
