package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.numeric.*;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code iter(x)}. */
@Builtin(name = "iter")
@GenerateNodeFactory
abstract class IterBuiltin extends BuiltinNode {

    @Specialization
    static PyIterator doIter(Object iterable, @Cached GetIterNode getIter) {
        return getIter.execute(iterable);
    }
}
