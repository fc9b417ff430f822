package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.Iterators;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyIterator;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code enumerate(iterable[, start])}: pairs {@code (index, item)}. */
@Builtin(name = "enumerate", minArgs = 1, names = {"iterable", "start"})
@GenerateNodeFactory
abstract class EnumerateBuiltin extends BuiltinNode {

    @Specialization
    static PyIterator doEnumerate(Object iterable, Object start, @Cached GetIterNode getIter) {
        long first = start == NoValue.INSTANCE ? 0 : start instanceof Long l ? l : start instanceof Boolean b ? (b ? 1 : 0) : badStart(start);
        return new Iterators.Enumerate(getIter.execute(iterable), first);
    }

    private static long badStart(Object start) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(start) + "' object cannot be interpreted as an integer");
    }
}
