package org.pyrust.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * A runtime error raised inside a builtin. Builtins have no source position of their own; the call node
 * that called the builtin catches this and raises the {@code RuntimeError} at the callee, where PyRust
 * reports errors of calls.
 */
public final class BuiltinException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    private final String message;

    public BuiltinException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
