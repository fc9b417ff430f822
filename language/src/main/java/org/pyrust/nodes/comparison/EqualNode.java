package org.pyrust.nodes.comparison;

import org.pyrust.nodes.arithmetic.BinaryNode;
import org.pyrust.runtime.EqNode;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code ==} and {@code !=}: ints (and bools, {@code True == 1}) and strings on the fast path, everything
 * else by Python's equality ({@link EqNode}); values of different types are simply unequal, never an error.
 */
@NodeInfo(description = "== / !=")
public abstract class EqualNode extends BinaryNode {

    protected final boolean negated;

    protected EqualNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    boolean doLong(long left, long right) {
        return (left == right) != negated;
    }

    @Specialization
    boolean doString(TruffleString left, TruffleString right,
                    @Cached TruffleString.EqualNode equal) {
        return equal.execute(left, right, Values.ENCODING) != negated;
    }

    @Fallback
    boolean doOther(Object left, Object right, @Cached EqNode eq) {
        return eq.execute(left, right) != negated;
    }
}
