package org.pyrust.runtime;

/**
 * What a builtin's optional parameter holds when the caller left it out ({@code int()}, {@code str()}).
 * It is not a Python value: it never leaves the builtin that received it.
 */
public final class NoValue {

    public static final NoValue INSTANCE = new NoValue();

    private NoValue() {
    }

    @Override
    public String toString() {
        return "<no value>";
    }
}
