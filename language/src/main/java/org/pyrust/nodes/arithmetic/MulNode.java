package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.Values;

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
        if (times <= 0) {
            return Values.EMPTY;
        }
        long codePoints = string.byteLength(Values.ENCODING) / 4;
        if (times > Integer.MAX_VALUE || codePoints * times > Integer.MAX_VALUE / 4) {
            throw Errors.error(node, "string repetition result is too large");
        }
        return repeat.execute(string, (int) times, Values.ENCODING);
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.unsupportedOperands(this, "*", left, right);
    }
}
