package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * What {@code while} and {@code for} share: one iteration of the body, where {@code break} ends the loop
 * and {@code continue} goes on to the next iteration. Both arrive as exceptions that the compiler turns
 * into jumps; the profiles keep the paths never taken out of compiled code.
 */
abstract class LoopBody extends Node implements RepeatingNode {

    @Child private StatementNode body;
    private final BranchProfile breakTaken = BranchProfile.create();
    private final BranchProfile continueTaken = BranchProfile.create();

    LoopBody(StatementNode body) {
        this.body = body;
    }

    /** Runs the body once; false when it left the loop with {@code break}. */
    protected final boolean runBody(VirtualFrame frame) {
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

    /** The line of the loop statement, for the names compilation logs give loops (OSR). */
    static int getSourceLine(Node loopBody) {
        Node loop = loopBody.getParent() == null ? null : loopBody.getParent().getParent();
        if (loop != null && loop.getSourceSection() != null) {
            return loop.getSourceSection().getStartLine();
        }
        return 0;
    }
}
