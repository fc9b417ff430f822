package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
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
 */
@ExportLibrary(InteropLibrary.class)
public final class PyRustException extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        LexError,
        ParseError,
        RuntimeError
    }

    private final Kind kind;
    private final String bareMessage;
    private final transient SourceSection section;

    private PyRustException(Kind kind, String bareMessage, String firstLine, Node location, SourceSection section) {
        super(firstLine, location);
        this.kind = kind;
        this.bareMessage = bareMessage;
        this.section = section;
    }

    /** A runtime error raised by {@code location}; the position is the start of its source section. */
    @TruffleBoundary
    public static PyRustException runtime(String message, Node location) {
        SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
        return new PyRustException(Kind.RuntimeError, message, firstLine(Kind.RuntimeError, message, section), location, section);
    }

    /** A lexical or parse error at a position of {@code source}. */
    @TruffleBoundary
    public static PyRustException syntax(Kind kind, String message, Source source, int charIndex, int length, int line, int column) {
        int start = Math.min(charIndex, source.getLength());
        int len = Math.max(0, Math.min(length, source.getLength() - start));
        SourceSection section = source.createSection(start, len);
        return new PyRustException(kind, message, kind + " at " + line + ":" + column + ": " + message, null, section);
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
    public String getBareMessage() {
        return bareMessage;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return kind == Kind.RuntimeError ? ExceptionType.RUNTIME_ERROR : ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return false;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage(name = "getSourceLocation")
    @TruffleBoundary
    SourceSection getSourceSection() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }
}
