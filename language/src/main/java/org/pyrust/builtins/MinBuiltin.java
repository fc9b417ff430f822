package org.pyrust.builtins;

import org.pyrust.runtime.Ordering;
import org.pyrust.runtime.RichCompareNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code min(a, b, ...)} and {@code min(s)}; see {@link MinMaxSelection}. */
@Builtin(name = "min", minArgs = 1, varArgs = true, keywords = {"key", "default"})
@GenerateNodeFactory
abstract class MinBuiltin extends BuiltinNode {

    @Specialization
    static Object doMin(Object[] arguments, Object key, Object defaultValue, @Cached RichCompareNode compare) {
        return MinMaxSelection.select(arguments, key, defaultValue, Ordering.LT, "min", compare);
    }
}
