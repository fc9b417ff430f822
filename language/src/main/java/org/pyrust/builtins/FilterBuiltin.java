package org.pyrust.builtins;

import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.Iterators;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code filter(function, iterable)}: a lazy iterator; None as the function keeps the true items. */
@Builtin(name = "filter")
@GenerateNodeFactory
abstract class FilterBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyIterator doFilter(Object function, Object iterable) {
        return new Iterators.FilterIterator(function, GetIterNodeGen.getUncached().execute(iterable));
    }
}
