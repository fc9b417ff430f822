package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code ~x}: {@code -x - 1} on ints, which never overflows. */
@NodeInfo(shortName = "~")
public abstract class InvertNode extends UnaryNode {

    @Specialization
    long doLong(long value) {
        return ~value;
    }

    @Fallback
    Object doOther(Object value) {
        throw Errors.unsupportedOperand(this, "~", value);
    }
}
