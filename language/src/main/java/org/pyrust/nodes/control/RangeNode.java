package org.pyrust.nodes.control;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * The {@code range(...)} of a {@code for}: evaluates its one to three arguments, checks them as Python
 * does and leaves start, stop and step in the loop's long slots. Its source section is the word
 * {@code range}, where argument errors are reported.
 */
@NodeInfo(shortName = "range")
public final class RangeNode extends StatementNode {

    @Children private final ExpressionNode[] arguments;
    private final int counterSlot;
    private final int stopSlot;
    private final int stepSlot;

    public RangeNode(ExpressionNode[] arguments, int counterSlot, int stopSlot, int stepSlot) {
        this.arguments = arguments;
        this.counterSlot = counterSlot;
        this.stopSlot = stopSlot;
        this.stepSlot = stepSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (arguments.length == 0 || arguments.length > 3) {
            throw countError();
        }
        long[] values = new long[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = toIndex(arguments[i].executeGeneric(frame));
        }
        long start = arguments.length == 1 ? 0 : values[0];
        long stop = arguments.length == 1 ? values[0] : values[1];
        long step = arguments.length == 3 ? values[2] : 1;
        if (step == 0) {
            throw Errors.raise(this, ExceptionTypes.VALUE_ERROR, "range() arg 3 must not be zero");
        }
        frame.setLong(counterSlot, start);
        frame.setLong(stopSlot, stop);
        frame.setLong(stepSlot, step);
    }

    private long toIndex(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw typeError(value);
    }

    @TruffleBoundary
    private RuntimeException typeError(Object value) {
        return Errors.raise(this, ExceptionTypes.TYPE_ERROR, "'" + org.pyrust.runtime.Values.typeName(value) + "' object cannot be interpreted as an integer");
    }

    @TruffleBoundary
    private RuntimeException countError() {
        return Errors.raise(this, ExceptionTypes.TYPE_ERROR, arguments.length == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + arguments.length);
    }
}
