package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code +a}: an int stays itself, a bool becomes its int. */
@NodeInfo(shortName = "+")
public abstract class PosNode extends UnaryNode {

    @Specialization
    long doLong(long value) {
        return value;
    }

    @Specialization
    double doDouble(double value) {
        return value;
    }

    @Fallback
    Object doOther(Object value) {
        throw Errors.unsupportedOperand(this, "+", value);
    }
}
