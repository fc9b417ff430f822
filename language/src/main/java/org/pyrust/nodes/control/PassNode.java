package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code pass}: does nothing, but is a statement all the same, so that debuggers can stop on it and a
 * statement limit counts it ({@code while True: pass} must be stoppable).
 */
@NodeInfo(shortName = "pass")
public final class PassNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
