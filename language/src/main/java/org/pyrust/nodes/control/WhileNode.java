package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.logic.ConditionNode;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code while}: a Truffle {@link LoopNode}, so that a long-running loop is compiled by on-stack
 * replacement while it runs, and loop counts reach the compiler's heuristics.
 */
@NodeInfo(shortName = "while")
public final class WhileNode extends StatementNode {

    @Child private LoopNode loop;
    @Child private StatementNode orElse;
    private final int endedSlot;

    /** @param deadSlots the slots to clear after each iteration (see {@link LoopBody}) */
    public WhileNode(ConditionNode condition, StatementNode body, int[] deadSlots) {
        this(condition, body, deadSlots, null, -1);
    }

    /**
     * With an {@code else} block, run when the condition turned false rather than on {@code break};
     * {@code endedSlot} is a hidden boolean slot that records which (a field would be shared by recursion).
     */
    public WhileNode(ConditionNode condition, StatementNode body, int[] deadSlots, StatementNode orElse, int endedSlot) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body, deadSlots, endedSlot));
        this.orElse = orElse;
        this.endedSlot = endedSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (orElse == null) {
            loop.execute(frame);
            return;
        }
        frame.setBoolean(endedSlot, false);
        loop.execute(frame);
        if (frame.getBoolean(endedSlot)) {
            orElse.executeVoid(frame);
        }
    }

    private static final class Body extends LoopBody {

        @Child private ConditionNode condition;
        private final int endedSlot;

        Body(ConditionNode condition, StatementNode body, int[] deadSlots, int endedSlot) {
            super(body, deadSlots);
            this.condition = condition;
            this.endedSlot = endedSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.execute(frame)) {
                if (endedSlot >= 0) {
                    frame.setBoolean(endedSlot, true);
                }
                return false;
            }
            return runBody(frame);
        }

        @Override
        public String toString() {
            return "while loop at line " + getSourceLine(this);
        }
    }
}
