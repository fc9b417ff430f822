package org.pyrust.builtins;

import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code iter(x)}. */
@Builtin(name = "iter")
@GenerateNodeFactory
abstract class IterBuiltin extends BuiltinNode {

    @Specialization
    static PyIterator doIter(Object iterable, @Cached GetIterNode getIter) {
        return getIter.execute(iterable);
    }
}
