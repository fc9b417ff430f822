package org.pyrust.launcher;

/** A mistake in how pyrust was called: reported on standard error, exit status 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean helpHint;

    /** A command-line mistake: the report ends with a hint to --help. */
    UsageException(String message) {
        this(message, true);
    }

    UsageException(String message, boolean helpHint) {
        super(message, null, false, false);
        this.helpHint = helpHint;
    }

    boolean helpHint() {
        return helpHint;
    }
}
