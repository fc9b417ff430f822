package org.pyrust.builtins;

import org.pyrust.runtime.Containers;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.NoValue;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code sum(iterable[, start])}: left to right with {@code +}, ints exact (overflow is an error); {@code start=} may be a keyword. */
@Builtin(name = "sum", minArgs = 1, names = {"", "start"})
@GenerateNodeFactory
abstract class SumBuiltin extends BuiltinNode {

    @Specialization
    static Object doSum(Object iterable, Object start, @Cached GetIterNode getIter) {
        if (start instanceof TruffleString) {
            throw error(ExceptionTypes.TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        return Containers.sum(getIter.execute(iterable), start == NoValue.INSTANCE ? (Object) 0L : start);
    }
}
