package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.logic.ConditionNode;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code while}: a Truffle {@link LoopNode}, so that a long-running loop is compiled by on-stack
 * replacement while it runs, and loop counts reach the compiler's heuristics.
 */
@NodeInfo(shortName = "while")
public final class WhileNode extends StatementNode {

    @Child private LoopNode loop;

    public WhileNode(ConditionNode condition, StatementNode body) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        loop.execute(frame);
    }

    private static final class Body extends Node implements RepeatingNode {

        @Child private ConditionNode condition;
        @Child private StatementNode body;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        Body(ConditionNode condition, StatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.execute(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
                return true;
            } catch (BreakException e) {
                breakTaken.enter();
                return false;
            } catch (ContinueException e) {
                continueTaken.enter();
                return true;
            }
        }
    }
}
