package org.pyrust.builtins;

import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.IsTrueNodeGen;
import org.pyrust.runtime.Iterators;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code zip(*iterables, strict=False)}: tuples of the i-th items, as long as the shortest. */
@Builtin(name = "zip", varArgs = true, keywords = {"strict"})
@GenerateNodeFactory
abstract class ZipBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyIterator doZip(Object[] iterables, Object strict) {
        PyIterator[] iterators = new PyIterator[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            iterators[i] = GetIterNodeGen.getUncached().execute(iterables[i]);
        }
        return new Iterators.Zip(iterators, !Args.absent(strict) && IsTrueNodeGen.getUncached().execute(strict));
    }
}
