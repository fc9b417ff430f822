package org.pyrust.builtins;

import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.ToArrayNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.extend(iterable)}. */
@Builtin(name = "extend", methodOf = "list")
@GenerateNodeFactory
abstract class ListExtendMethod extends BuiltinNode {

    @Specialization
    static Object doExtend(PyList self, Object iterable, @Cached ToArrayNode toArray) {
        for (Object item : toArray.execute(iterable)) {
            self.append(item);
        }
        return PyRustNone.INSTANCE;
    }
}
