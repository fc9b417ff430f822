package org.pyrust.builtins;

import org.pyrust.runtime.IsTrueNode;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.ToArrayNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

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
