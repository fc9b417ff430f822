package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.ToArrayNode;
import org.pyrust.nodes.Errors;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code a + b}: exact int addition or string concatenation. */
@NodeInfo(shortName = "+")
public abstract class AddNode extends BinaryNode {

    /** {@code +=}: a list on the left is extended in place by any iterable, as Python's {@code list.__iadd__}. */
    protected final boolean inPlace;

    protected AddNode(boolean inPlace) {
        this.inPlace = inPlace;
    }

    @Specialization
    long doLong(long left, long right) {
        try {
            return Math.addExact(left, right);
        } catch (ArithmeticException e) {
            throw Errors.overflow(this, left, "+", right);
        }
    }

    /**
     * Lazy concatenation: the bytes are copied only when the result is read. TruffleString adds the two
     * byte lengths in an {@code int} without a check, so the result's length is checked here first.
     */
    @Specialization
    TruffleString doString(TruffleString left, TruffleString right,
                    @Cached TruffleString.ConcatNode concat) {
        long length = Values.length(left) + Values.length(right);
        if (length > Values.MAX_STRING_LENGTH) {
            throw Errors.stringTooLong(this, Long.toString(length));
        }
        return concat.execute(left, right, Values.ENCODING, true);
    }

    @Specialization
    double doDouble(double left, double right) {
        return left + right;
    }

    @Specialization(guards = "inPlace")
    PyList doListInPlace(PyList left, Object right, @Cached ToArrayNode toArray) {
        Object[] items = left == right ? left.toArray() : toArray.execute(right);
        for (Object item : items) {
            left.append(item);
        }
        return left;
    }

    @Specialization(guards = "!inPlace")
    PyList doList(PyList left, PyList right) {
        return SequenceArithmetic.concat(this, left, right);
    }

    @Specialization
    PyTuple doTuple(PyTuple left, PyTuple right) {
        return SequenceArithmetic.concat(this, left, right);
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "+", left, right);
    }
}
