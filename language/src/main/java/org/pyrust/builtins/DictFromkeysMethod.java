package org.pyrust.builtins;

import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.ToArrayNodeGen;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code dict.fromkeys(iterable[, value])}: a new dict mapping each item to {@code value} (None by
 * default), the one value shared by every key, as in CPython. A class method: its receiver is the dict
 * type ({@code dict.fromkeys}) or a dict ({@code d.fromkeys}), and either way it is not used.
 */
@Builtin(name = "fromkeys", methodOf = "dict", minArgs = 2)
@GenerateNodeFactory
abstract class DictFromkeysMethod extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyDict doFromkeys(@SuppressWarnings("unused") Object receiver, Object iterable, Object value) {
        Object shared = Args.absent(value) ? PyRustNone.INSTANCE : value;
        PyDict result = new PyDict();
        for (Object key : ToArrayNodeGen.getUncached().execute(iterable)) {
            result.put(key, shared);
        }
        return result;
    }
}
