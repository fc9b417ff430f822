package org.pyrust.nodes.arithmetic;

import org.pyrust.runtime.SetOperations;
import org.pyrust.runtime.DictViewSets;
import org.pyrust.runtime.PySet;
import org.pyrust.nodes.Errors;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a - b}. */
@NodeInfo(shortName = "-")
public abstract class SubNode extends BinaryNode {

    /** {@code -=}: a set on the left is changed in place. */
    protected final boolean inPlace;

    protected SubNode(boolean inPlace) {
        this.inPlace = inPlace;
    }

    @Specialization
    long doLong(long left, long right) {
        try {
            return Math.subtractExact(left, right);
        } catch (ArithmeticException e) {
            throw Errors.overflow(this, left, "-", right);
        }
    }

    @Specialization
    double doDouble(double left, double right) {
        return left - right;
    }

    @Specialization
    PySet doSet(PySet left, PySet right) {
        PySet result = SetOperations.difference(left, right);
        return inPlace && !left.isFrozen() ? SetOperations.assign(left, result) : result;
    }

    /** A set-like dict view on either side is a set difference ({@code d.keys() - s}); anything else a type error. */
    @Fallback
    Object doOther(Object left, Object right) {
        if (DictViewSets.applies(left, right)) {
            return DictViewSets.operate('-', left, right);
        }
        throw Errors.unsupportedOperands(this, "-", left, right);
    }
}
