package org.pyrust.nodes.control;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.PyRustException;
import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/** A sequence of statements: a suite of a compound statement, a function body or the module. */
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
            try {
                statement.executeVoid(frame);
            } catch (PyRustException e) {
                // An error raised by runtime code that has no node of its own (a dict hashing a key): the
                // statement is the most precise position left.
                throw Errors.placed(e, statement);
            } catch (OutOfMemoryError e) {
                // The heap ran out in an operation that does not report it itself: the statement is the
                // most precise position left. The failed allocation is gone, so there is room for the error.
                CompilerDirectives.transferToInterpreter();
                throw Errors.outOfMemory(statement);
            }
        }
    }
}
