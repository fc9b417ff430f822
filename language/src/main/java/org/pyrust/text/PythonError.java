package org.pyrust.text;

/**
 * A Python exception raised by the Truffle-free text and numeric libraries: the name of the built-in
 * exception class ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"},
 * {@code "ZeroDivisionError"}, {@code "KeyError"}, ...) and its message in CPython's words. The runtime
 * turns it into the guest exception; these libraries never see guest objects, so they cannot build one.
 * For {@code KeyError} the message is the repr of the key, which is what CPython's {@code str()} shows.
 */
public final class PythonError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pythonClass;

    public PythonError(String pythonClass, String message) {
        super(message, null, false, false); // no stack trace: these are ordinary guest control flow
        this.pythonClass = pythonClass;
    }

    /** The name of the built-in exception class, e.g. {@code "ValueError"}. */
    public String pythonClass() {
        return pythonClass;
    }

    public static PythonError valueError(String message) {
        return new PythonError("ValueError", message);
    }

    public static PythonError typeError(String message) {
        return new PythonError("TypeError", message);
    }

    public static PythonError overflowError(String message) {
        return new PythonError("OverflowError", message);
    }

    /** A string longer than PyRust holds ({@link StrMethods#MAX_LENGTH}). */
    public static PythonError stringTooLong(long length) {
        return new PythonError("MemoryError", stringTooLongMessage(Long.toString(length)));
    }

    /** The words of every string-too-long MemoryError; {@code length} may be a product ({@code 1 * 10**12}). */
    public static String stringTooLongMessage(String length) {
        return "a string of " + length + " characters is longer than PyRust's limit of " + StrMethods.MAX_LENGTH;
    }

    public static PythonError zeroDivision(String message) {
        return new PythonError("ZeroDivisionError", message);
    }

    @Override
    public String toString() {
        return pythonClass + ": " + getMessage();
    }
}
