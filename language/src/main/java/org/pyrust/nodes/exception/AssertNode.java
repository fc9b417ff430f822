package org.pyrust.nodes.exception;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.logic.ConditionNode;
import org.pyrust.runtime.ExceptionObject;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code assert test, message}: an AssertionError (with the message, evaluated only on failure). */
@NodeInfo(shortName = "assert")
public final class AssertNode extends StatementNode {

    @Child private ConditionNode test;
    @Child private ExpressionNode message;

    public AssertNode(ConditionNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.execute(frame)) {
            throw failure(message == null ? null : message.executeGeneric(frame));
        }
    }

    @TruffleBoundary
    private PyRustException failure(Object value) {
        Object[] args = value == null ? new Object[0] : new Object[]{value};
        return PyRustException.raisedBy(new ExceptionObject(ExceptionTypes.ASSERTION_ERROR, args, false), this);
    }
}
