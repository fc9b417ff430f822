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

/** {@code sorted(iterable, *, key=None, reverse=False)}: a new list, stable, by {@code <}. */
@Builtin(name = "sorted", keywords = {"key", "reverse"})
@GenerateNodeFactory
abstract class SortedBuiltin extends BuiltinNode {

    @Specialization
    static PyList doSorted(Object iterable, Object key, Object reverse, @Cached ToArrayNode toArray, @Cached IsTrueNode isTrue) {
        Object[] items = toArray.execute(iterable);
        MethodSupport.sort(items, key, !Args.absent(reverse) && isTrue.execute(reverse));
        return new PyList(items);
    }
}
