package org.pyrust.builtins;

import org.pyrust.runtime.Containers;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.ToArrayNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code frozenset()}, {@code frozenset(iterable)}. */
@Builtin(name = "frozenset", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class FrozenSetBuiltin extends BuiltinNode {

    @Specialization
    static PySet doNoValue(@SuppressWarnings("unused") NoValue value) {
        return new PySet(true);
    }

    @Fallback
    static PySet doIterable(Object iterable, @Cached ToArrayNode toArray) {
        if (iterable instanceof PySet set) {
            // A frozenset is its own frozenset; from a set, CPython merges its table.
            return set.isFrozen() ? set : new PySet(set, true);
        }
        return Containers.setOf(toArray.execute(iterable), true);
    }
}
