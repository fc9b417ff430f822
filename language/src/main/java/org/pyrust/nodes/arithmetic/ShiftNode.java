package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code a << b} and {@code a >> b} on ints. A left shift whose exact result does not fit in 64 bits is
 * {@code Integer overflow: a << b} (LANGUAGE.md); a right shift floors, however far; a negative count is
 * CPython's ValueError.
 */
@NodeInfo(shortName = "shift")
public abstract class ShiftNode extends BinaryNode {

    protected final boolean leftShift;

    protected ShiftNode(boolean leftShift) {
        this.leftShift = leftShift;
    }

    @Specialization
    long doLong(long value, long count) {
        if (count < 0) {
            throw Errors.raise(this, ExceptionTypes.VALUE_ERROR, "negative shift count");
        }
        if (!leftShift) {
            return count >= 64 ? (value < 0 ? -1 : 0) : value >> count;
        }
        if (value == 0) {
            return 0;
        }
        if (count >= 64 || (value << count) >> count != value) {
            throw Errors.overflow(this, value, "<<", count);
        }
        return value << count;
    }

    @Fallback
    Object doOther(Object a, Object b) {
        throw Errors.unsupportedOperands(this, leftShift ? "<<" : ">>", a, b);
    }
}
