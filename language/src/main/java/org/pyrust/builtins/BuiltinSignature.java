package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The argument counts a builtin accepts, from its {@link Builtin} annotation and its node's parameters,
 * and the errors of every other count, worded as CPython words them for builtins of that shape.
 */
record BuiltinSignature(String name, int minArgs, int maxArgs, int receiver, boolean hasKeywords) {

    static final int UNLIMITED = Integer.MAX_VALUE;

    boolean accepts(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    @TruffleBoundary
    PyRustException arityError(int count) {
        return PyRustException.raise(ExceptionTypes.TYPE_ERROR, arityMessage(count), null);
    }

    String arityMessage(int count) {
        // A builtin with keyword parameters is parsed by CPython's keyword-aware parser, which words its
        // errors its own way: list.sort(1) and sorted() / sorted(a, b).
        String bare = name.substring(name.indexOf('.') + 1);
        if (hasKeywords && maxArgs == 0) {
            return bare + "() takes no positional arguments";
        }
        if (hasKeywords && minArgs == maxArgs) {
            return bare + " expected " + minArgs + plural(" argument", minArgs) + ", got " + count;
        }
        if (minArgs == 1 && maxArgs == 1) {
            return name + "() takes exactly one argument (" + count + " given)";
        } else if (count > maxArgs) {
            return maxArgs == 0 ? name + "() takes no arguments (" + count + " given)"
                            : name + "() takes at most " + maxArgs + plural(" argument", maxArgs) + " (" + count + " given)";
        }
        // CPython's "expected" form names a method without its type (get, not dict.get).
        if (minArgs == maxArgs) {
            return bare + " expected " + minArgs + plural(" argument", minArgs) + ", got " + count;
        }
        return bare + " expected at least " + minArgs + plural(" argument", minArgs) + ", got " + count;
    }

    private static String plural(String word, int count) {
        return count == 1 ? word : word + "s";
    }
}
