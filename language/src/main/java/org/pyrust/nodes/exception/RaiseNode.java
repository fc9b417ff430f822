package org.pyrust.nodes.exception;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionObject;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code raise}, {@code raise E}, {@code raise E from C}. A class is instantiated without arguments; a
 * bare {@code raise} re-raises the exception its enclosing {@code except} is handling, kept in that
 * handler's hidden slot (-1 outside any handler: CPython's RuntimeError).
 */
@NodeInfo(shortName = "raise")
public final class RaiseNode extends StatementNode {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;
    private final int handledSlot;
    @CompilationFinal private boolean raisesInstances;
    @CompilationFinal private boolean raisesClasses;

    public RaiseNode(ExpressionNode exception, ExpressionNode cause, int handledSlot) {
        this.exception = exception;
        this.cause = cause;
        this.handledSlot = handledSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            Object handled = handledSlot < 0 ? null : frame.getObject(handledSlot);
            if (handled instanceof PyRustException e) {
                throw e;
            }
            throw PyRustException.raise(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise", this);
        }
        Object value = exception.executeGeneric(frame);
        Object causeValue = cause == null ? null : cause.executeGeneric(frame);
        // The kinds of value this raise has seen: in compiled code the others deoptimize, so that the
        // exception comes from one place and a handler of the same compilation unit catches it unallocated.
        ExceptionObject object;
        if (value instanceof ExceptionObject e) {
            if (!raisesInstances) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                raisesInstances = true;
            }
            object = e;
        } else if (value instanceof PythonType type && type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (!raisesClasses) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                raisesClasses = true;
            }
            // raise ValueError: an instance made without arguments.
            object = new ExceptionObject(type, NO_ARGUMENTS, false);
        } else {
            CompilerDirectives.transferToInterpreter();
            throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "exceptions must derive from BaseException", this);
        }
        if (causeValue != null) {
            setCause(object, causeValue);
        }
        // Raised inside an except handler: the exception it handles is the new one's __context__ (the
        // handler records it too for exceptions that leave it from elsewhere, TryExceptNode).
        if (handledSlot >= 0 && frame.getObject(handledSlot) instanceof PyRustException handled && handled.getException() != null) {
            object.setContext(handled.getException());
        }
        throw PyRustException.raisedBy(object, this);
    }

    @TruffleBoundary
    private void setCause(ExceptionObject object, Object causeValue) {
        object.setCause(causeValue == PyRustNone.INSTANCE ? null : toException(causeValue, "exception causes must derive from BaseException"));
    }

    @TruffleBoundary
    private ExceptionObject toException(Object value, String message) {
        if (value instanceof ExceptionObject object) {
            return object;
        } else if (value instanceof PythonType type && type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return new ExceptionObject(type, new Object[0], false);
        }
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, message, this);
    }
}
