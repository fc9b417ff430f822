package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code -a}; negating the smallest int overflows ({@code Integer overflow: --9223372036854775808}). */
@NodeInfo(shortName = "-")
public abstract class NegNode extends UnaryNode {

    @Specialization
    long doLong(long value) {
        if (value == Long.MIN_VALUE) {
            throw overflow(value);
        }
        return -value;
    }

    @TruffleBoundary
    private RuntimeException overflow(long value) {
        return Errors.ruleError(this, ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: -" + value);
    }

    @Specialization
    double doDouble(double value) {
        return -value;
    }

    @Fallback
    Object doOther(Object value) {
        throw Errors.unsupportedOperand(this, "-", value);
    }
}
