package org.pyrust.builtins;

import org.pyrust.runtime.GetClassNode;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code type(x)}: the class of {@code x}. */
@Builtin(name = "type", constructor = true)
@GenerateNodeFactory
abstract class TypeBuiltin extends BuiltinNode {

    @Specialization
    static PythonType doValue(Object value, @Cached GetClassNode getClass) {
        return getClass.execute(value);
    }
}
