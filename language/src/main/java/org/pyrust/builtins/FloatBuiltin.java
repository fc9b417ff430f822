package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.Values;
import org.pyrust.numeric.FloatParse;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code float(x)}: of a number or a string in Python's syntax ({@code float('inf')}, {@code float(' 1_0.5 ')}). */
@Builtin(name = "float", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class FloatBuiltin extends BuiltinNode {

    @Specialization
    static double doNoValue(@SuppressWarnings("unused") NoValue value) {
        return 0.0;
    }

    @Specialization
    static double doDouble(double value) {
        return value;
    }

    @Specialization
    static double doLong(long value) {
        return value;
    }

    @Specialization
    static double doBoolean(boolean value) {
        return value ? 1.0 : 0.0;
    }

    @Specialization
    @TruffleBoundary
    static double doString(TruffleString value) {
        try {
            return FloatParse.parse(value.toJavaStringUncached());
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    @Fallback
    static Object doOther(Object value) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "float() argument must be a string or a real number, not '" + Values.typeName(value) + "'");
    }
}
