package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code range} exists as a name, but PyRust has no range objects yet: a {@code for} loop over
 * {@code range(...)} is compiled to a counting loop, and any other call is an error.
 */
@Builtin(name = "range", varArgs = true)
@GenerateNodeFactory
abstract class RangeBuiltin extends BuiltinNode {

    @Specialization
    static Object doRange(@SuppressWarnings("unused") Object[] arguments) {
        throw error(ExceptionTypes.TYPE_ERROR, "range() is only supported in 'for <name> in range(...)'");
    }
}
