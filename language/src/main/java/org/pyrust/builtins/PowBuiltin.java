package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.Values;
import org.pyrust.numeric.FloatMath;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code pow(base, exp[, mod])}: as {@code **}; with a modulus, modular exponentiation of ints. */
@Builtin(name = "pow", minArgs = 2, names = {"base", "exp", "mod"})
@GenerateNodeFactory
abstract class PowBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static Object doPow(Object base, Object exponent, Object modulus) {
        boolean ints = (base instanceof Long || base instanceof Boolean) && (exponent instanceof Long || exponent instanceof Boolean);
        if (!Args.absentOrNone(modulus)) {
            if (!ints || !(modulus instanceof Long || modulus instanceof Boolean)) {
                throw error(ExceptionTypes.TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            long m = Args.integer(modulus);
            if (m == 0) {
                throw error(ExceptionTypes.VALUE_ERROR, "pow() 3rd argument cannot be 0");
            }
            long e = Args.integer(exponent);
            java.math.BigInteger b = java.math.BigInteger.valueOf(Args.integer(base));
            java.math.BigInteger mod = java.math.BigInteger.valueOf(m);
            java.math.BigInteger r;
            try {
                r = e < 0 ? b.modInverse(mod.abs()).modPow(java.math.BigInteger.valueOf(-e), mod.abs()) : b.modPow(java.math.BigInteger.valueOf(e), mod.abs());
            } catch (ArithmeticException x) {
                throw error(ExceptionTypes.VALUE_ERROR, "base is not invertible for the given modulus");
            }
            if (m < 0 && r.signum() != 0) {
                r = r.add(mod);
            }
            return r.longValue();
        }
        if (ints) {
            long b = Args.integer(base);
            long e = Args.integer(exponent);
            if (e < 0) {
                throw ruleError(ExceptionTypes.VALUE_ERROR, "Negative exponent not supported");
            }
            try {
                return org.pyrust.numeric.IntMath.power(b, e);
            } catch (ArithmeticException x) {
                throw ruleError(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: " + b + " ** " + e);
            }
        }
        try {
            return FloatMath.power(number(base), number(exponent));
        } catch (PythonError x) {
            throw PyRustException.library(x, null);
        }
    }

    private static double number(Object value) {
        return switch (value) {
            case Double d -> d;
            case Long l -> l;
            case Boolean b -> b ? 1 : 0;
            default -> throw error(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for ** or pow(): '" + Values.typeName(value) + "'");
        };
    }
}
