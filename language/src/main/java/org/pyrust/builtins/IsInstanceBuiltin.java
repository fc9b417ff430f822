package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.GetClassNode;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code isinstance(x, cls)}, {@code cls} a class or a tuple of classes. */
@Builtin(name = "isinstance")
@GenerateNodeFactory
abstract class IsInstanceBuiltin extends BuiltinNode {

    @Specialization
    static boolean doType(Object value, PythonType type, @Cached GetClassNode getClass) {
        return getClass.execute(value).isSubtypeOf(type);
    }

    @Specialization
    static boolean doTuple(Object value, PyTuple types, @Cached GetClassNode getClass) {
        PythonType cls = getClass.execute(value);
        for (Object type : types.items()) {
            if (!(type instanceof PythonType t)) {
                throw notAType();
            }
            if (cls.isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }

    @Fallback
    static boolean doOther(Object value, Object type) {
        throw notAType();
    }

    private static RuntimeException notAType() {
        return error(ExceptionTypes.TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
}
