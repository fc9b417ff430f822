package org.pyrust.builtins;

import org.pyrust.runtime.IsTrueNode;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.sort(*, key=None, reverse=False)}: stable, in place. */
@Builtin(name = "sort", methodOf = "list", keywords = {"key", "reverse"})
@GenerateNodeFactory
abstract class ListSortMethod extends BuiltinNode {

    @Specialization
    static Object doSort(PyList self, Object key, Object reverse, @Cached IsTrueNode isTrue) {
        boolean descending = !Args.absent(reverse) && isTrue.execute(reverse);
        if (Args.absentOrNone(key) && self.sortPrimitive(descending)) {
            return PyRustNone.INSTANCE;
        }
        Object[] items = self.toArray();
        MethodSupport.sort(items, key, descending);
        self.setContents(items);
        return PyRustNone.INSTANCE;
    }
}
