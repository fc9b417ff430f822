package org.pyrust.builtins;

import org.pyrust.runtime.Containers;
import org.pyrust.runtime.PyDict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict()}, {@code dict(mapping)}, {@code dict(iterable of pairs)}, each with {@code **kwargs} added. */
@Builtin(name = "dict", minArgs = 0, constructor = true, varKeywords = true)
@GenerateNodeFactory
abstract class DictBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyDict doDict(Object source, Object keywords) {
        PyDict dict = source instanceof PyDict other ? new PyDict(other) : new PyDict();
        if (!Args.absent(source) && !(source instanceof PyDict)) {
            Containers.updateFromPairs(dict, source);
        }
        if (keywords instanceof PyDict named) {
            Containers.updateFromPairs(dict, named);
        }
        return dict;
    }
}
