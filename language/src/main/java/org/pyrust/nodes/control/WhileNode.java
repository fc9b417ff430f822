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

    /** @param deadSlots the slots to clear after each iteration (see {@link LoopBody}) */
    public WhileNode(ConditionNode condition, StatementNode body, int[] deadSlots) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body, deadSlots));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        loop.execute(frame);
    }

    private static final class Body extends LoopBody {

        @Child private ConditionNode condition;

        Body(ConditionNode condition, StatementNode body, int[] deadSlots) {
            super(body, deadSlots);
            this.condition = condition;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return condition.execute(frame) && runBody(frame);
        }

        @Override
        public String toString() {
            return "while loop at line " + getSourceLine(this);
        }
    }
}
