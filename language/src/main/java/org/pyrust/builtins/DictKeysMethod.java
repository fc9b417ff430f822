package org.pyrust.builtins;

import org.pyrust.runtime.*;
import org.pyrust.text.PythonError;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code dict.keys()}: a live view. */
@Builtin(name = "keys", methodOf = "dict")
@GenerateNodeFactory
abstract class DictKeysMethod extends BuiltinNode {

    @Specialization
    static PyDictView doView(PyDict self) {
        return new PyDictView(self, PyIterator.DictIterator.Kind.KEYS);
    }
}
