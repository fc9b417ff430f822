package org.pyrust.nodes.exception;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionObject;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code try: body except ...: handler else: orElse}. A Python exception that a handler's class matches
 * (its class or a tuple of classes, evaluated only when an exception arrives) runs that handler, with
 * the exception bound to the {@code as} name and kept in a hidden slot for a bare {@code raise}; no
 * match passes it on. Truffle's own control flow (return, break, cancellation) is never caught.
 */
@NodeInfo(shortName = "try")
public final class TryExceptNode extends StatementNode {

    @Child private StatementNode body;
    /** Per handler: the class expression, or null for a bare {@code except}. */
    @Children private final ExpressionNode[] types;
    /** Per handler: the assignment of the {@code as} name from {@link #handledSlot}'s exception, or null. */
    @Children private final StatementNode[] binds;
    /** Per handler: the unbinding of the {@code as} name when the handler ends, or null. */
    @Children private final StatementNode[] unbinds;
    @Children private final StatementNode[] handlers;
    @Child private StatementNode orElse;
    private final int handledSlot;
    /** The slot of the exception that the enclosing handler or finally block handles, or -1 outside any. */
    private final int outerHandledSlot;
    private final BranchProfile caught = BranchProfile.create();
    /** Per handler: the exception class and the handler's class value first matched, and the answer. */
    @CompilationFinal(dimensions = 1) private final PythonType[] seenTypes;
    @CompilationFinal(dimensions = 1) private final Object[] seenHandlerTypes;
    @CompilationFinal(dimensions = 1) private final boolean[] seenMatches;

    public TryExceptNode(StatementNode body, ExpressionNode[] types, StatementNode[] binds, StatementNode[] unbinds, StatementNode[] handlers,
                    StatementNode orElse, int handledSlot, int outerHandledSlot) {
        this.body = body;
        this.types = types;
        this.binds = binds;
        this.unbinds = unbinds;
        this.handlers = handlers;
        this.orElse = orElse;
        this.handledSlot = handledSlot;
        this.outerHandledSlot = outerHandledSlot;
        this.seenTypes = new PythonType[handlers.length];
        this.seenHandlerTypes = new Object[handlers.length];
        this.seenMatches = new boolean[handlers.length];
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PyRustException e) {
            caught.enter();
            ExceptionObject exception = e.getException();
            if (exception == null) {
                throw e;
            }
            if (outerHandledSlot >= 0) {
                inheritContext(frame, exception);
            }
            for (int i = 0; i < handlers.length; i++) {
                if (types[i] == null || matches(i, exception.getType(), types[i].executeGeneric(frame))) {
                    Object previous = frame.getObject(handledSlot);
                    frame.setObject(handledSlot, e);
                    try {
                        if (binds[i] != null) {
                            binds[i].executeVoid(frame);
                        }
                        handlers[i].executeVoid(frame);
                    } catch (PyRustException raised) {
                        // An exception raised while handling this one has it as its __context__.
                        if (raised.getException() != null) {
                            raised.getException().setContextIfNone(exception);
                        }
                        throw raised;
                    } finally {
                        frame.setObject(handledSlot, previous);
                        if (unbinds[i] != null) {
                            unbinds[i].executeVoid(frame);
                        }
                    }
                    return;
                }
            }
            throw e;
        }
        if (orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    /**
     * This statement stands in an except handler or a finally block that runs for an exception: whatever
     * it catches was raised while that exception was being handled, which CPython makes its
     * {@code __context__} (a {@code raise} statement did so already; this covers errors of the runtime).
     */
    private void inheritContext(VirtualFrame frame, ExceptionObject exception) {
        if (frame.getObject(outerHandledSlot) instanceof PyRustException outer && outer.getException() != null) {
            exception.setContextIfNone(outer.getException());
        }
    }

    /**
     * Whether handler {@code i}'s {@code except handlerType} catches an exception of {@code type}. The
     * pair a handler saw first is remembered (classes do not change their bases), so that in compiled
     * code the common case is two comparisons with constants instead of a walk along the class's bases.
     */
    private boolean matches(int i, PythonType type, Object handlerType) {
        if (type == seenTypes[i] && handlerType == seenHandlerTypes[i]) {
            return seenMatches[i];
        }
        boolean result = matches(type, handlerType);
        if (seenTypes[i] == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenTypes[i] = type;
            seenHandlerTypes[i] = handlerType;
            seenMatches[i] = result;
        }
        return result;
    }

    private boolean matches(PythonType type, Object handlerType) {
        if (isExceptionClass(handlerType)) {
            return type.isSubtypeOf((PythonType) handlerType);
        }
        return matchesAny(type, handlerType);
    }

    private static boolean isExceptionClass(Object value) {
        return value instanceof PythonType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
    }

    /** A tuple of classes, as CPython checks one: every item must be an exception class, even after a match. */
    @TruffleBoundary
    private boolean matchesAny(PythonType type, Object handlerType) {
        if (handlerType instanceof PyTuple tuple) {
            boolean matched = false;
            for (Object item : tuple.items()) {
                if (!isExceptionClass(item)) {
                    throw notAClass();
                }
                matched |= type.isSubtypeOf((PythonType) item);
            }
            return matched;
        }
        throw notAClass();
    }

    private PyRustException notAClass() {
        return PyRustException.raise(ExceptionTypes.TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed", this);
    }
}
