package org.pyrust.builtins;

import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.insert(i, x)}: an index beyond either end inserts at that end. */
@Builtin(name = "insert", methodOf = "list")
@GenerateNodeFactory
abstract class ListInsertMethod extends BuiltinNode {

    @Specialization
    static Object doInsert(PyList self, Object index, Object value) {
        long i = Args.integer(index);
        long n = self.size();
        i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
        self.insert((int) i, value);
        return PyRustNone.INSTANCE;
    }
}
