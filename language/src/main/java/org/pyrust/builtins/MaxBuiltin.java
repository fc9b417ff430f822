package org.pyrust.builtins;

import org.pyrust.runtime.Ordering;
import org.pyrust.runtime.RichCompareNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code max(a, b, ...)} and {@code max(s)}; see {@link MinMaxSelection}. */
@Builtin(name = "max", minArgs = 1, varArgs = true, keywords = {"key", "default"})
@GenerateNodeFactory
abstract class MaxBuiltin extends BuiltinNode {

    @Specialization
    static Object doMax(Object[] arguments, Object key, Object defaultValue, @Cached RichCompareNode compare) {
        return MinMaxSelection.select(arguments, key, defaultValue, Ordering.GT, "max", compare);
    }
}
