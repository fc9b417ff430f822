package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.Iterators;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code map(function, *iterables)}: a lazy iterator. */
@Builtin(name = "map", minArgs = 2, varArgs = true)
@GenerateNodeFactory
abstract class MapBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyIterator doMap(Object[] arguments) {
        if (arguments.length < 2) {
            throw error(ExceptionTypes.TYPE_ERROR, "map() must have at least two arguments.");
        }
        PyIterator[] sources = new PyIterator[arguments.length - 1];
        for (int i = 1; i < arguments.length; i++) {
            sources[i - 1] = GetIterNodeGen.getUncached().execute(arguments[i]);
        }
        return new Iterators.MapIterator(arguments[0], sources);
    }
}
