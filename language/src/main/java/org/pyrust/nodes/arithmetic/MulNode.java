package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PyList;
import org.pyrust.nodes.Errors;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code a * b}: exact int multiplication, or repetition of a string by an int (either order). */
@NodeInfo(shortName = "*")
public abstract class MulNode extends BinaryNode {

    /** {@code *=}: a list on the left is repeated in place, as Python's {@code list.__imul__}. */
    protected final boolean inPlace;

    protected MulNode(boolean inPlace) {
        this.inPlace = inPlace;
    }

    @Specialization
    long doLong(long left, long right) {
        try {
            return Math.multiplyExact(left, right);
        } catch (ArithmeticException e) {
            throw Errors.overflow(this, left, "*", right);
        }
    }

    @Specialization
    TruffleString doStringTimes(TruffleString left, long right,
                    @Shared("repeat") @Cached TruffleString.RepeatNode repeat) {
        return repeat(this, left, right, repeat);
    }

    @Specialization
    TruffleString doTimesString(long left, TruffleString right,
                    @Shared("repeat") @Cached TruffleString.RepeatNode repeat) {
        return repeat(this, right, left, repeat);
    }

    static TruffleString repeat(Node node, TruffleString string, long times, TruffleString.RepeatNode repeat) {
        long length = Values.length(string);
        if (times <= 0 || length == 0) {
            return Values.EMPTY;
        }
        if (times > Values.MAX_STRING_LENGTH / length) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.stringTooLong(node, length + " * " + times);
        }
        try {
            return repeat.execute(string, (int) times, Values.ENCODING);
        } catch (OutOfMemoryError e) {
            throw Errors.outOfMemory(node);
        }
    }

    @Specialization
    double doDouble(double left, double right) {
        return left * right;
    }

    @Specialization
    PyList doListTimes(PyList left, long right) {
        if (inPlace) {
            left.setContents(SequenceArithmetic.repeat(this, left, right).toArray());
            return left;
        }
        return SequenceArithmetic.repeat(this, left, right);
    }

    @Specialization
    PyList doTimesList(long left, PyList right) {
        return SequenceArithmetic.repeat(this, right, left);
    }

    @Specialization
    PyTuple doTupleTimes(PyTuple left, long right) {
        return SequenceArithmetic.repeat(this, left, right);
    }

    @Specialization
    PyTuple doTimesTuple(long left, PyTuple right) {
        return SequenceArithmetic.repeat(this, right, left);
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "*", left, right);
    }
}
