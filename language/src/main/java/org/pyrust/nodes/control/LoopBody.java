package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
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
    /**
     * The slots of the locals that no later iteration, nor the code after the loop, reads before writing
     * them (org.pyrust.translator.LoopLiveness): cleared after each iteration, so that the objects an
     * iteration made do not flow into the next and compiled code need not allocate them.
     */
    @CompilationFinal(dimensions = 1) private final int[] deadSlots;
    private final BranchProfile breakTaken = BranchProfile.create();
    private final BranchProfile continueTaken = BranchProfile.create();

    LoopBody(StatementNode body, int[] deadSlots) {
        this.body = body;
        this.deadSlots = deadSlots;
    }

    /** Runs the body once; false when it left the loop with {@code break}. */
    protected final boolean runBody(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (BreakException e) {
            breakTaken.enter();
            return false;
        } catch (ContinueException e) {
            continueTaken.enter();
        }
        clearDeadSlots(frame);
        return true;
    }

    @ExplodeLoop
    private void clearDeadSlots(VirtualFrame frame) {
        for (int slot : deadSlots) {
            frame.clear(slot);
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
