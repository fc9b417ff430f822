package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The argument counts a builtin accepts, from its {@link Builtin} annotation and its node's parameters,
 * and the errors of every other count, worded as CPython words them for builtins of that shape.
 */
record BuiltinSignature(String name, int minArgs, int maxArgs, int receiver, int keywords, String[] names, Builtin.Arity arity) {

    static final int UNLIMITED = Integer.MAX_VALUE;

    boolean accepts(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    @TruffleBoundary
    PyRustException arityError(int count) {
        return PyRustException.raise(ExceptionTypes.TYPE_ERROR, arityMessage(count), null);
    }

    String arityMessage(int count) {
        String bare = name.substring(name.indexOf('.') + 1);
        if (keywords > 0) {
            // Keyword parameters: CPython's keyword-aware parser (list.sort(1), sorted(), sorted(a, b)).
            if (maxArgs == 0) {
                return count > keywords ? bare + "() takes at most " + keywords + plural(" argument", keywords) + " (" + count + " given)"
                                : bare + "() takes no positional arguments";
            } else if (minArgs == maxArgs) {
                return expected(bare, "", minArgs, count);
            }
        }
        if (arity == Builtin.Arity.TAKES) {
            return count > maxArgs ? bare + "() takes at most " + maxArgs + plural(" argument", maxArgs) + " (" + count + " given)"
                            : bare + "() takes at least " + minArgs + plural(" argument", minArgs) + " (" + count + " given)";
        }
        if (names.length > 0) {
            // Positional parameters that may be passed by keyword: split(sep=), round(number=).
            if (count > maxArgs) {
                return bare + "() takes at most " + maxArgs + plural(" argument", maxArgs) + " (" + count + " given)";
            }
            String missing = receiver + count < names.length ? names[receiver + count] : "";
            return missing.isEmpty() ? bare + "() takes at least " + minArgs + plural(" positional argument", minArgs) + " (" + count + " given)"
                            : bare + "() missing required argument '" + missing + "' (pos " + (count + 1) + ")";
        }
        if (arity == Builtin.Arity.SHAPE && maxArgs == 0) {
            return name + "() takes no arguments (" + count + " given)";
        } else if (arity == Builtin.Arity.SHAPE && minArgs == 1 && maxArgs == 1) {
            return name + "() takes exactly one argument (" + count + " given)";
        }
        // Argument Clinic names a method without its type (get, not dict.get).
        if (minArgs == maxArgs) {
            return expected(bare, "", minArgs, count);
        }
        return count > maxArgs ? expected(bare, "at most ", maxArgs, count) : expected(bare, "at least ", minArgs, count);
    }

    private static String expected(String bare, String bound, int limit, int count) {
        return bare + " expected " + bound + limit + plural(" argument", limit) + ", got " + count;
    }

    private static String plural(String word, int count) {
        return count == 1 ? word : word + "s";
    }
}
