package org.pyrust.runtime;

import org.pyrust.text.CharacterRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An exception as a Python value: an instance of one of the {@link ExceptionTypes}, with the arguments it
 * was made with. It travels through Java code inside a {@link PyRustException}, which is what Truffle
 * throws and the polyglot API reports.
 */
@ExportLibrary(InteropLibrary.class)
public final class ExceptionObject implements TruffleObject {

    private final PythonType type;
    /** The message, Python's {@code str(e)}: the single argument the runtime's errors are made with. */
    private final String message;

    public ExceptionObject(PythonType type, String message) {
        this.type = type;
        this.message = message;
    }

    public PythonType getType() {
        return type;
    }

    /** Python's {@code str(e)}. */
    public String getMessage() {
        return message;
    }

    /** Python's {@code repr(e)}: the class and its argument, {@code ZeroDivisionError('Division by zero')}. */
    @TruffleBoundary
    @Override
    public String toString() {
        return type.getName() + "(" + CharacterRepr.quote(message) + ")";
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return type;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
