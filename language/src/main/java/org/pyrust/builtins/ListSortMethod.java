package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code list.sort(*, key=None, reverse=False)}: stable, in place. */
@Builtin(name = "sort", methodOf = "list", keywords = {"key", "reverse"})
@GenerateNodeFactory
abstract class ListSortMethod extends BuiltinNode {

    @Specialization
    static Object doSort(PyList self, Object key, Object reverse, @Cached IsTrueNode isTrue) {
        Object[] items = self.toArray();
        MethodSupport.sort(items, key, !Args.absent(reverse) && isTrue.execute(reverse));
        self.setContents(items);
        return PyRustNone.INSTANCE;
    }
}
