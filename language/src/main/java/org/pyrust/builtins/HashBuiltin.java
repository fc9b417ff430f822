package org.pyrust.builtins;

import org.pyrust.runtime.HashNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code hash(x)}: CPython's values for numbers; a list, dict or set is unhashable. */
@Builtin(name = "hash")
@GenerateNodeFactory
abstract class HashBuiltin extends BuiltinNode {

    @Specialization
    static long doValue(Object value, @Cached HashNode hash) {
        return hash.execute(value);
    }
}
