package org.pyrust.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code return}: unwinds to the function body. Within one compilation unit the compiler turns the
 * throw and catch into a jump and never allocates this object.
 */
public final class ReturnException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    private final transient Object result;

    public ReturnException(Object result) {
        this.result = result;
    }

    public Object getResult() {
        return result;
    }
}
