package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An exception as a Python value: an instance of one of the {@link ExceptionTypes}, with the arguments it
 * was made with ({@code e.args}). It travels through Java code inside a {@link PyRustException}, which is
 * what Truffle throws and the polyglot API reports.
 */
@ExportLibrary(InteropLibrary.class)
public final class ExceptionObject implements PyRustValue {

    private final PythonType type;
    private final Object[] args;
    /**
     * Whether an uncaught report shows the message alone (the errors Core and Full define, such as
     * {@code Division by zero}) rather than {@code Class: message}; kept when the exception is re-raised.
     */
    private final boolean bareWording;
    /** {@code raise ... from cause}: the cause, or null. */
    private Object cause;
    /** {@code raise ... from ...} was used, even {@code from None}: reports leave the context out. */
    private boolean suppressContext;
    /** The exception being handled when this one was raised ({@code __context__}), or null. */
    private ExceptionObject context;
    /** {@code str(e)} when it is given rather than made from the arguments (the libraries' errors). */
    private String message;

    public ExceptionObject(PythonType type, Object[] args, boolean bareWording) {
        this.type = type;
        this.args = args;
        this.bareWording = bareWording;
    }

    /** An exception the runtime raises, with one string argument. */
    @TruffleBoundary
    public ExceptionObject(PythonType type, String message, boolean bareWording) {
        this(type, message.isEmpty() ? new Object[0] : new Object[]{Values.string(message)}, bareWording);
    }

    public PythonType getType() {
        return type;
    }

    public Object[] getArgs() {
        return args;
    }

    public boolean hasBareWording() {
        return bareWording;
    }

    public Object getCause() {
        return cause;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** {@code raise ... from cause} ({@code cause} null for {@code from None}), which also suppresses the context. */
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public boolean suppressesContext() {
        return suppressContext;
    }

    public ExceptionObject getContext() {
        return context;
    }

    /**
     * {@code raise} of this exception while {@code handled} is being handled: {@code handled} becomes its
     * context, as in CPython, which first cuts the chain below {@code handled} where it reaches this
     * exception, so that no cycle forms ({@code except A as a: ... except B: raise a}).
     */
    @TruffleBoundary
    public void setContext(ExceptionObject handled) {
        if (handled == this) {
            return;
        }
        for (ExceptionObject e = handled; e.context != null; e = e.context) {
            if (e.context == this) {
                e.context = null;
                break;
            }
        }
        context = handled;
    }

    /** An exception that left an except handler from elsewhere (a callee, the runtime) gets its context there. */
    @TruffleBoundary
    public void setContextIfNone(ExceptionObject handled) {
        if (context == null) {
            setContext(handled);
        }
    }

    /**
     * Python's {@code str(e)}: empty without arguments, the argument's {@code str} with one (a KeyError's
     * {@code repr}, so {@code KeyError: 'x'}), the arguments' tuple otherwise.
     */
    @TruffleBoundary
    public String getMessage() {
        if (message != null) {
            return message;
        }
        if (args.length == 0) {
            return "";
        } else if (args.length == 1) {
            return type.isSubtypeOf(ExceptionTypes.KEY_ERROR) && !bareWording ? Values.repr(args[0]) : Values.str(args[0]);
        }
        return Values.repr(new PyTuple(args));
    }

    /** Python's {@code repr(e)}: the class and its arguments, {@code ZeroDivisionError('Division by zero')}. */
    @TruffleBoundary
    @Override
    public String toString() {
        String inner = args.length == 1 ? Values.repr(args[0]) : Values.repr(new PyTuple(args));
        if (args.length != 1) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return type.getName() + "(" + inner + ")";
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject(@Cached GetClassNode getClass) {
        // The one place where a value's class is decided (GetClassNode).
        return getClass.execute(this);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
