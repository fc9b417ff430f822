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

/** {@code dict()}, {@code dict(mapping)}, {@code dict(iterable of pairs)}. */
@Builtin(name = "dict", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class DictBuiltin extends BuiltinNode {

    @Specialization
    static PyDict doNoValue(@SuppressWarnings("unused") NoValue value) {
        return new PyDict();
    }

    @Specialization
    static PyDict doDict(PyDict dict) {
        return new PyDict(dict);
    }

    @Fallback
    @TruffleBoundary
    static PyDict doPairs(Object iterable) {
        PyDict dict = new PyDict();
        Containers.updateFromPairs(dict, iterable);
        return dict;
    }
}
