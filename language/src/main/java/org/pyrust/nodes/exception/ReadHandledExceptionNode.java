package org.pyrust.nodes.exception;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.PyRustException;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** The exception an {@code except} handler is handling, as the Python value its {@code as} name gets. */
@NodeInfo(shortName = "handled exception")
public final class ReadHandledExceptionNode extends ExpressionNode {

    private final int slot;

    public ReadHandledExceptionNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return ((PyRustException) frame.getObject(slot)).getException();
    }
}
