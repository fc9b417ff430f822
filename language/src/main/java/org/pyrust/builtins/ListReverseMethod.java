package org.pyrust.builtins;

import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list.reverse()}. */
@Builtin(name = "reverse", methodOf = "list")
@GenerateNodeFactory
abstract class ListReverseMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doReverse(PyList self) {
        self.reverse();
        return PyRustNone.INSTANCE;
    }
}
