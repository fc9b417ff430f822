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

/** {@code type(x)}: the class of {@code x}. */
@Builtin(name = "type", constructor = true)
@GenerateNodeFactory
abstract class TypeBuiltin extends BuiltinNode {

    @Specialization
    static PythonType doValue(Object value, @Cached GetClassNode getClass) {
        return getClass.execute(value);
    }
}
