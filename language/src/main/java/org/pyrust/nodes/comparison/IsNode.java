package org.pyrust.nodes.comparison;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code is} / {@code is not}. Ints and strings have no identity of their own here, so they compare by
 * value (LANGUAGE.md); bools are not ints for {@code is} ({@code True is 1} is false), so this node uses
 * the exact type system.
 */
@NodeInfo(description = "is / is not")
@NodeChild("left")
@NodeChild("right")
public abstract class IsNode extends ExpressionNode {

    protected final boolean negated;

    protected IsNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    boolean doLong(long left, long right) {
        return (left == right) != negated;
    }

    @Specialization
    boolean doBoolean(boolean left, boolean right) {
        return (left == right) != negated;
    }

    /** Floats have no identity once unboxed: equal bits are the same float (a NaN is compared by its box). */
    @Specialization(guards = "!isNaN(left)")
    boolean doDouble(double left, double right) {
        return (Double.doubleToRawLongBits(left) == Double.doubleToRawLongBits(right)) != negated;
    }

    static boolean isNaN(double value) {
        return value != value;
    }

    @Specialization
    boolean doString(TruffleString left, TruffleString right,
                    @Cached TruffleString.EqualNode equal) {
        return equal.execute(left, right, Values.ENCODING) != negated;
    }

    @Fallback
    boolean doOther(Object left, Object right) {
        return (left == right) != negated;
    }
}
