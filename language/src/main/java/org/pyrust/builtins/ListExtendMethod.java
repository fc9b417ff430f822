package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

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
