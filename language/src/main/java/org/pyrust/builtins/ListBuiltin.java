package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRange;
import org.pyrust.runtime.ToArrayNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list()}, {@code list(iterable)}: a new list. */
@Builtin(name = "list", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class ListBuiltin extends BuiltinNode {

    @Specialization
    static PyList doNoValue(@SuppressWarnings("unused") NoValue value) {
        return new PyList();
    }

    /** {@code list(range(n))}: straight into a list of ints, without boxing each one. */
    @Specialization
    @TruffleBoundary
    static PyList doRange(PyRange range) {
        if (range.length() > PyList.MAX_SIZE) {
            throw error(ExceptionTypes.MEMORY_ERROR, "");
        }
        long[] items = new long[(int) range.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = range.get(i);
        }
        return new PyList(items, items.length);
    }

    @Fallback
    static PyList doIterable(Object iterable, @Cached ToArrayNode toArray) {
        return new PyList(toArray.execute(iterable));
    }
}
