package org.pyrust.nodes.comparison;

import org.pyrust.nodes.arithmetic.BinaryNode;
import org.pyrust.runtime.Ordering;
import org.pyrust.runtime.RichCompareNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code < <= > >=}: two ints (bools included) compared unboxed here, every other pair by the abstract
 * operation {@link RichCompareNode}. The ordering is a final field: the compiler folds it, so one class
 * serves the four operators.
 */
@NodeInfo(description = "ordering comparison")
public abstract class OrderNode extends BinaryNode {

    protected final Ordering ordering;

    protected OrderNode(Ordering ordering) {
        this.ordering = ordering;
    }

    @Specialization
    boolean doLong(long left, long right) {
        return ordering.holds(Long.compare(left, right));
    }

    @Specialization(replaces = "doLong")
    boolean doGeneric(Object left, Object right,
                    @Cached RichCompareNode compare) {
        return compare.execute(left, right, ordering);
    }
}
