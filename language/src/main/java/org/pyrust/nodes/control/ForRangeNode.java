package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code for name in range(...)}: a {@link LoopNode} over a counter kept unboxed in hidden long frame
 * slots (so on-stack replacement can resume it), assigning the loop variable each iteration. No range
 * object is ever allocated.
 */
@NodeInfo(shortName = "for")
public final class ForRangeNode extends StatementNode {

    @Child private RangeNode range;
    @Child private LoopNode loop;

    /**
     * @param assignTarget assigns the current value, read from {@code valueSlot}, to the loop variable
     * @param deadSlots the slots to clear after each iteration (see {@link LoopBody})
     */
    public ForRangeNode(RangeNode range, int counterSlot, int stopSlot, int stepSlot, int valueSlot, StatementNode assignTarget, StatementNode body,
                    int[] deadSlots) {
        this.range = range;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(counterSlot, stopSlot, stepSlot, valueSlot, assignTarget, body, deadSlots));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        range.executeVoid(frame);
        loop.execute(frame);
    }

    private static final class Body extends LoopBody {

        private final int counterSlot;
        private final int stopSlot;
        private final int stepSlot;
        private final int valueSlot;
        @Child private StatementNode assignTarget;

        Body(int counterSlot, int stopSlot, int stepSlot, int valueSlot, StatementNode assignTarget, StatementNode body, int[] deadSlots) {
            super(body, deadSlots);
            this.counterSlot = counterSlot;
            this.stopSlot = stopSlot;
            this.stepSlot = stepSlot;
            this.valueSlot = valueSlot;
            this.assignTarget = assignTarget;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long current = frame.getLong(counterSlot);
            long stop = frame.getLong(stopSlot);
            long step = frame.getLong(stepSlot);
            if (step > 0 ? current >= stop : current <= stop) {
                return false;
            }
            long next;
            try {
                // An overflow check the compiler emits as one jump on the add's overflow flag.
                next = Math.addExact(current, step);
            } catch (ArithmeticException e) {
                // The next value is past the range of ints, so past stop: the current one is the last.
                next = stop;
            }
            frame.setLong(counterSlot, next);
            frame.setLong(valueSlot, current);
            assignTarget.executeVoid(frame);
            return runBody(frame);
        }

        @Override
        public String toString() {
            return "for loop at line " + getSourceLine(this);
        }
    }
}
