package org.pyrust.builtins;

import org.pyrust.runtime.Containers;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.ToArrayNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set()}, {@code set(iterable)}. */
@Builtin(name = "set", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class SetBuiltin extends BuiltinNode {

    @Specialization
    static PySet doNoValue(@SuppressWarnings("unused") NoValue value) {
        return new PySet(false);
    }

    /** From a set: CPython merges its table, which lays the new set out differently from adding one by one. */
    @Specialization
    static PySet doSet(PySet other) {
        return new PySet(other, false);
    }

    @Fallback
    static PySet doIterable(Object iterable, @Cached ToArrayNode toArray) {
        return Containers.setOf(toArray.execute(iterable), false);
    }
}
