package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.numeric.*;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code sorted(iterable)}: a new list, stable, by {@code <}. */
@Builtin(name = "sorted")
@GenerateNodeFactory
abstract class SortedBuiltin extends BuiltinNode {

    @Specialization
    static PyList doSorted(Object iterable, @Cached ToArrayNode toArray) {
        Object[] items = toArray.execute(iterable);
        Containers.sort(items, false);
        return new PyList(items);
    }
}
