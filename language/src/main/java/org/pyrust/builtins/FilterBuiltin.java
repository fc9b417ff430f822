package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

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
