package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.DictViewSets;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PySet;
import org.pyrust.runtime.SetOperations;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code & | ^} on ints (on two bools, a bool) and, on sets, intersection, union and symmetric difference;
 * {@code |} merges dicts.
 */
@NodeInfo(shortName = "bitwise")
public abstract class BitwiseNode extends BinaryNode {

    public enum Op {
        AND("&"),
        OR("|"),
        XOR("^");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    protected final Op op;

    /** {@code |= &= ^=}: a set on the left is changed in place. */
    protected final boolean inPlace;

    protected BitwiseNode(Op op, boolean inPlace) {
        this.op = op;
        this.inPlace = inPlace;
    }

    /** Two bools give a bool, as in Python ({@code True | False} is {@code True}). */
    @Specialization
    boolean doBoolean(boolean left, boolean right) {
        return switch (op) {
            case AND -> left & right;
            case OR -> left | right;
            case XOR -> left ^ right;
        };
    }

    @Specialization
    long doLong(long left, long right) {
        return switch (op) {
            case AND -> left & right;
            case OR -> left | right;
            case XOR -> left ^ right;
        };
    }

    @Specialization
    @TruffleBoundary
    PySet doSet(PySet left, PySet right) {
        PySet result = switch (op) {
            case AND -> SetOperations.intersection(left, right);
            case OR -> SetOperations.union(left, right);
            case XOR -> SetOperations.symmetricDifference(left, right);
        };
        return inPlace && !left.isFrozen() ? SetOperations.assign(left, result) : result;
    }

    /** Dict views as sets ({@code d.keys() & s}) and {@code d | e}; anything else is a type error. */
    @Fallback
    Object doOther(Object left, Object right) {
        if (DictViewSets.applies(left, right)) {
            return DictViewSets.operate(op.symbol.charAt(0), left, right);
        }
        if (op == Op.OR) {
            PyDict merged = DictViewSets.merge(left, right, inPlace);
            if (merged != null) {
                return merged;
            }
        }
        throw Errors.unsupportedOperands(this, op.symbol, left, right);
    }
}
