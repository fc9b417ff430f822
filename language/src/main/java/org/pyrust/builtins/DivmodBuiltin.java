package org.pyrust.builtins;

import org.pyrust.runtime.ArithmeticTypes;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.Values;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code divmod(a, b)}: {@code (a // b, a % b)}. */
@com.oracle.truffle.api.dsl.TypeSystemReference(ArithmeticTypes.class)
@Builtin(name = "divmod")
@GenerateNodeFactory
abstract class DivmodBuiltin extends BuiltinNode {

    @Specialization
    static PyTuple doLong(long a, long b) {
        if (b == 0) {
            throw ruleError(ExceptionTypes.ZERO_DIVISION_ERROR, "Division by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            CompilerDirectives.transferToInterpreter();
            throw ruleError(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: divmod(" + a + ", " + b + ")");
        }
        return new PyTuple(Math.floorDiv(a, b), Math.floorMod(a, b));
    }

    @Specialization
    static PyTuple doDouble(double a, double b) {
        try {
            double[] qr = FloatMath.divmod(a, b);
            return new PyTuple(qr[0], qr[1]);
        } catch (PythonError e) {
            throw PyRustException.library(e, null);
        }
    }

    @Fallback
    static Object doOther(Object a, Object b) {
        CompilerDirectives.transferToInterpreter();
        throw error(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for divmod(): '" + Values.typeName(a) + "' and '" + Values.typeName(b) + "'");
    }
}
