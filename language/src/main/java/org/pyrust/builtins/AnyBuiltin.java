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
