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

/** {@code hash(x)}: CPython's values for numbers; a list, dict or set is unhashable. */
@Builtin(name = "hash")
@GenerateNodeFactory
abstract class HashBuiltin extends BuiltinNode {

    @Specialization
    static long doValue(Object value, @Cached HashNode hash) {
        return hash.execute(value);
    }
}
