package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Every PyRust error: lexical, parse and runtime. Its message is the first line of every error report,
 * {@code <Kind> at <line>:<column>: <message>}, so that {@code PolyglotException.getMessage()} is exactly
 * that line; the location (a node or, for syntax errors, a source section) gives the polyglot API the
 * source location and {@code TruffleStackTrace} the guest stack.
 *
 * <p>A runtime error carries the Python exception it raises, an {@link ExceptionObject} of one of the
 * {@link ExceptionTypes}. Its message is worded one of two ways (LANGUAGE.md, "Uncaught exceptions"): the
 * errors that Core and Full define keep their message alone ({@code Division by zero}), every other
 * exception shows its class ({@code MemoryError: out of memory}).
 */
@ExportLibrary(InteropLibrary.class)
public sealed class PyRustException extends AbstractTruffleException permits PyRustException.RaisedByNode {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        LexError,
        ParseError,
        RuntimeError
    }

    private final Kind kind;
    /** A syntax error's message; a runtime error's is its exception's, worded when first asked for. */
    private String bareMessage;
    /** A syntax error's position; a runtime error's is its location's, looked up when first asked for. */
    private transient SourceSection section;
    private transient boolean sectionKnown;
    private String firstLine;
    /** The Python exception of a runtime error; null for lexical and parse errors. */
    private final transient ExceptionObject exception;

    /**
     * A raise costs only this object: the wording, the source section and the first line are computed
     * when somebody reads them, which an exception that a handler catches usually never needs.
     */
    private PyRustException(Kind kind, String bareMessage, Node location, SourceSection section, ExceptionObject exception) {
        super(null, location);
        this.kind = kind;
        this.bareMessage = bareMessage;
        this.section = section;
        this.sectionKnown = section != null || location == null;
        this.exception = exception;
    }

    /**
     * A runtime error that Core or Full defines, of class {@code type}, raised by {@code location}: the
     * message is shown alone. The position is the start of the location's source section; a location
     * without one (a builtin's node, or none) gives an error that the calling node places at itself
     * ({@link #placedAt}).
     */
    @TruffleBoundary
    public static PyRustException runtime(PythonType type, String message, Node location) {
        return of(new ExceptionObject(type, message, true), location);
    }

    /** A runtime error of any other exception: the message names the class, or is the class alone. */
    @TruffleBoundary
    public static PyRustException raise(PythonType type, String message, Node location) {
        return of(new ExceptionObject(type, message, false), location);
    }

    /**
     * An error of the Truffle-free libraries ({@code numeric}, {@code text}) as the guest exception it
     * names; its message is already {@code str(e)} (for a KeyError, the key's repr).
     */
    @TruffleBoundary
    public static PyRustException library(org.pyrust.text.PythonError error, Node location) {
        PythonType type = ExceptionTypes.byName(error.pythonClass());
        ExceptionObject exception = new ExceptionObject(type, error.getMessage(), false);
        exception.setMessage(error.getMessage());
        return of(exception, location);
    }

    /**
     * Raises {@code exception} at {@code location} ({@code raise e}), worded as its kind of error is. No
     * boundary: in compiled code a raise that a handler of the same unit catches is a field store or two.
     */
    public static PyRustException of(ExceptionObject exception, Node location) {
        return new PyRustException(Kind.RuntimeError, null, location, null, exception);
    }

    /**
     * Raises {@code exception} at {@code location}, a node of the program with a source position ({@code
     * raise}, {@code assert}). Its class says that it has a position, so that the blocks and calls it
     * passes on its way to a handler know that without reading a field: in compiled code the check folds
     * while the exception is still being built, and a handler of the same unit catches it unallocated.
     */
    public static PyRustException raisedBy(ExceptionObject exception, Node location) {
        return new RaisedByNode(exception, location);
    }

    /** True if a node of the program with a source position raised this error ({@link #raisedBy}). */
    public final boolean isRaisedByNode() {
        return this instanceof RaisedByNode;
    }

    /** An error that {@link #raisedBy} made; nothing but its class is different. */
    static final class RaisedByNode extends PyRustException {

        private static final long serialVersionUID = 1L;

        RaisedByNode(ExceptionObject exception, Node location) {
            super(Kind.RuntimeError, null, location, null, exception);
        }
    }

    /** A lexical or parse error at a position of {@code source}. */
    @TruffleBoundary
    public static PyRustException syntax(Kind kind, String message, Source source, int charIndex, int length, int line, int column) {
        int start = Math.min(charIndex, source.getLength());
        int len = Math.max(0, Math.min(length, source.getLength() - start));
        SourceSection section = source.createSection(start, len);
        PyRustException e = new PyRustException(kind, message, null, section, null);
        e.firstLine = kind + " at " + line + ":" + column + ": " + message;
        return e;
    }

    /** True if the error has a source position; a builtin's errors have none until their call places them. */
    public boolean hasPosition() {
        return section() != null;
    }

    /** The same runtime error raised at {@code location}: how a call reports the error of a builtin it called. */
    @TruffleBoundary
    public PyRustException placedAt(Node location) {
        return of(exception, location);
    }

    @TruffleBoundary
    private SourceSection section() {
        if (!sectionKnown) {
            Node location = getLocation();
            section = location == null ? null : location.getEncapsulatingSourceSection();
            sectionKnown = true;
        }
        return section;
    }

    /** The first line of the error report, {@code <Kind> at <line>:<column>: <message>}. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        if (firstLine == null) {
            firstLine = firstLine(kind, getBareMessage(), section());
        }
        return firstLine;
    }

    private static String firstLine(Kind kind, String message, SourceSection section) {
        if (section == null || !section.isAvailable()) {
            return kind + ": " + message;
        }
        return kind + " at " + section.getStartLine() + ":" + column(section) + ": " + message;
    }

    /**
     * Truffle counts columns in chars; PyRust counts code points, so astral characters count once, and a
     * leading byte-order mark is not part of the first line (as in the lexer's columns).
     */
    private static int column(SourceSection section) {
        int lineStart = section.getSource().getLineStartOffset(section.getStartLine());
        CharSequence chars = section.getSource().getCharacters();
        if (lineStart == 0 && section.getCharIndex() > 0 && chars.charAt(0) == '\uFEFF') {
            lineStart = 1;
        }
        return Character.codePointCount(chars, lineStart, section.getCharIndex()) + 1;
    }

    public Kind getKind() {
        return kind;
    }

    /** The message without kind and position. */
    @TruffleBoundary
    public String getBareMessage() {
        if (bareMessage == null) {
            String message = exception.getMessage();
            bareMessage = exception.hasBareWording() ? message : message.isEmpty() ? exception.getType().getName() : exception.getType().getName() + ": " + message;
        }
        return bareMessage;
    }

    /** The Python exception of a runtime error; null for lexical and parse errors. */
    public ExceptionObject getException() {
        return exception;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return kind == Kind.RuntimeError ? ExceptionType.RUNTIME_ERROR : ExceptionType.PARSE_ERROR;
    }

    /** A runtime error's meta object is its Python class: Java sees {@code ZeroDivisionError}, not a Java type. */
    @ExportMessage
    boolean hasMetaObject() {
        return exception != null;
    }

    @ExportMessage
    Object getMetaObject() throws UnsupportedMessageException {
        if (exception == null) {
            throw UnsupportedMessageException.create();
        }
        return exception.getType();
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return false;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section() != null;
    }

    @ExportMessage(name = "getSourceLocation")
    @TruffleBoundary
    SourceSection getSourceSection() throws UnsupportedMessageException {
        SourceSection result = section();
        if (result == null) {
            throw UnsupportedMessageException.create();
        }
        return result;
    }
}
