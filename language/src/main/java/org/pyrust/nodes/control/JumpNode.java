package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code break} or {@code continue}; the parser has checked that a loop encloses it. */
@NodeInfo(shortName = "break/continue")
public final class JumpNode extends StatementNode {

    private final ControlFlowException jump;

    private JumpNode(ControlFlowException jump) {
        this.jump = jump;
    }

    public static JumpNode breakLoop() {
        return new JumpNode(BreakException.INSTANCE);
    }

    public static JumpNode continueLoop() {
        return new JumpNode(ContinueException.INSTANCE);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw jump;
    }
}
