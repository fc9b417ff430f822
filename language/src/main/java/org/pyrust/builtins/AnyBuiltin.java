package org.pyrust.builtins;

import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.IsTrueNode;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code any(iterable)}. */
@Builtin(name = "any")
@GenerateNodeFactory
abstract class AnyBuiltin extends BuiltinNode {

    @Specialization
    static boolean doAny(Object iterable, @Cached GetIterNode getIter, @Cached IsTrueNode isTrue) {
        PyIterator it = getIter.execute(iterable);
        for (Object item = it.next(); item != null; item = it.next()) {
            if (isTrue.execute(item)) {
                return true;
            }
        }
        return false;
    }
}
