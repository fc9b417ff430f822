package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/** A sequence of statements: a suite of a compound statement or a function body. */
@NodeInfo(shortName = "block")
public final class BlockNode extends StatementNode {

    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode statement : statements) {
            statement.executeVoid(frame);
        }
    }
}
