package org.pyrust.builtins;

import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.ToArrayNodeGen;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set.update(*others)}. */
@Builtin(name = "update", methodOf = "set", varArgs = true)
@GenerateNodeFactory
abstract class SetUpdateMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doUpdate(Object[] arguments) {
        PySet self = MethodSupport.receiverSet(arguments, "update");
        for (int i = 1; i < arguments.length; i++) {
            if (arguments[i] instanceof PySet other) {
                self.merge(other);
                continue;
            }
            for (Object item : ToArrayNodeGen.getUncached().execute(arguments[i])) {
                self.add(item);
            }
        }
        return PyRustNone.INSTANCE;
    }
}
