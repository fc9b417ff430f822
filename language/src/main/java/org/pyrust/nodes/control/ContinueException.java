package org.pyrust.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: caught by the innermost loop, which starts its next iteration. */
public final class ContinueException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    public static final ContinueException INSTANCE = new ContinueException();

    private ContinueException() {
    }
}
