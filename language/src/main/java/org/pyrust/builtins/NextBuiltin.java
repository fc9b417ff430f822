package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyIterator;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code next(iterator[, default])}: the end is StopIteration, or the default. */
@Builtin(name = "next", minArgs = 1)
@GenerateNodeFactory
abstract class NextBuiltin extends BuiltinNode {

    @Specialization
    static Object doNext(PyIterator iterator, Object defaultValue) {
        Object item = iterator.next();
        if (item == null) {
            if (defaultValue != NoValue.INSTANCE) {
                return defaultValue;
            }
            throw PyRustException.raise(ExceptionTypes.STOP_ITERATION, "", null);
        }
        return item;
    }

    @Fallback
    static Object doOther(Object value, Object defaultValue) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object is not an iterator");
    }
}
