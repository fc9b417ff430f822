package org.pyrust.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Places a call's arguments into a function's frame layout ({@link Signature}): positionals in order,
 * extras into {@code *args}, keywords by name, unknown keywords into {@code **kwargs}, then the defaults
 * for what is left. Errors are CPython's words ({@code f() missing 1 required positional argument: 'b'}).
 * The slow path of calls: a plain positional call with the right count never comes here.
 */
public final class ArgumentBinder {

    /** Marks a builtin's arguments array that carries keyword values ({@link Signature#isBuiltin}). */
    public static final Object KEYWORDS_BOUND = new Object();

    /**
     * Where a builtin's positional arguments start in its frame arguments: after the closure slot, and after
     * its {@code keywordCount} keyword values when the call passed keywords.
     */
    public static int firstPositional(Object[] frameArguments, int keywordCount) {
        return 1 + (frameArguments[0] == KEYWORDS_BOUND ? keywordCount : 0);
    }

    private ArgumentBinder() {
    }

    /**
     * The frame arguments (closure first) for calling {@code function} with {@code positional} and the
     * keywords {@code names}/{@code values}. Errors have no position: the call places them.
     */
    @TruffleBoundary
    public static Object[] bind(PyRustFunction function, Object[] positional, String[] names, Object[] values) {
        Signature s = function.getSignature();
        if (s.isBuiltin()) {
            return bindBuiltin(function, s, positional, names, values);
        }
        // CPython names the function by its qualified name: f.<locals>.g() missing 1 required ...
        String fn = function.getQualname() + "()";
        String[] params = s.positional();
        Object[] frame = new Object[1 + s.frameSize()];
        frame[0] = function.getClosure();
        int n = params.length;
        int given = Math.min(positional.length, n);
        System.arraycopy(positional, 0, frame, 1, given);
        int at = 1 + n;
        if (positional.length > n && !s.hasVarArgs()) {
            throw tooManyPositional(function, s, positional.length, names, values);
        }
        if (s.hasVarArgs()) {
            frame[at++] = positional.length > n ? new PyTuple(java.util.Arrays.copyOfRange(positional, n, positional.length)) : PyTuple.EMPTY;
        }
        int kwOnlyAt = at;
        String[] kwOnly = s.keywordOnly();
        PyDict extra = s.hasVarKeywords() ? new PyDict() : null;
        List<String> positionalOnlyAsKeyword = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            String name = names[k];
            int index = indexOf(params, name);
            if (index >= 0 && index < s.positionalOnly()) {
                if (extra != null) {
                    extra.put(Values.string(name), values[k]);
                } else {
                    positionalOnlyAsKeyword.add(name);
                }
                continue;
            }
            if (index >= 0) {
                if (frame[1 + index] != null) {
                    throw error(fn + " got multiple values for argument '" + name + "'");
                }
                frame[1 + index] = values[k];
                continue;
            }
            int kw = indexOf(kwOnly, name);
            if (kw >= 0) {
                if (frame[kwOnlyAt + kw] != null) {
                    throw error(fn + " got multiple values for argument '" + name + "'");
                }
                frame[kwOnlyAt + kw] = values[k];
            } else if (extra != null) {
                if (extra.containsKey(Values.string(name))) {
                    throw error(fn + " got multiple values for keyword argument '" + name + "'");
                }
                extra.put(Values.string(name), values[k]);
            } else {
                throw error(fn + " got an unexpected keyword argument '" + name + "'");
            }
        }
        if (!positionalOnlyAsKeyword.isEmpty()) {
            throw error(fn + " got some positional-only arguments passed as keyword arguments: '" + String.join(", ", positionalOnlyAsKeyword) + "'");
        }
        Object[] defaults = function.getDefaults();
        int firstDefault = n - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (frame[1 + i] == null) {
                if (i >= firstDefault) {
                    frame[1 + i] = defaults[i - firstDefault];
                } else {
                    missing.add(params[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw error(fn + " missing " + missing.size() + " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " + quoteList(missing));
        }
        Object[] kwDefaults = function.getKeywordDefaults();
        for (int k = 0; k < kwOnly.length; k++) {
            if (frame[kwOnlyAt + k] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[k];
                if (d == null) {
                    missing.add(kwOnly[k]);
                } else {
                    frame[kwOnlyAt + k] = d;
                }
            }
        }
        if (!missing.isEmpty()) {
            throw error(fn + " missing " + missing.size() + " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " + quoteList(missing));
        }
        if (extra != null) {
            frame[kwOnlyAt + kwOnly.length] = extra;
        }
        return frame;
    }

    /**
     * A builtin's layout with keywords: the marker, the keyword values by declared name (then the
     * {@code **kwargs} dict, if it takes one), then the positionals, those passed by name included.
     */
    private static Object[] bindBuiltin(PyRustFunction function, Signature s, Object[] positional, String[] names, Object[] values) {
        if (names.length == 0) {
            Object[] frame = new Object[positional.length + 1];
            System.arraycopy(positional, 0, frame, 1, positional.length);
            return frame;
        }
        String[] keywords = s.keywordOnly();
        String[] params = s.positional();
        int keywordSlots = keywords.length + (s.hasVarKeywords() ? 1 : 0);
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(positional));
        PyDict extra = s.hasVarKeywords() ? new PyDict() : null;
        Object[] keywordValues = new Object[keywordSlots];
        java.util.Arrays.fill(keywordValues, NoValue.INSTANCE);
        for (int k = 0; k < names.length; k++) {
            int index = indexOf(keywords, names[k]);
            int position = indexOf(params, names[k]);
            if (index >= 0) {
                keywordValues[index] = values[k];
            } else if (position >= 0) {
                if (position < positional.length) {
                    throw error("argument for " + s.name() + "() given by name ('" + names[k] + "') and position (" + (position + 1) + ")");
                }
                while (args.size() <= position) {
                    args.add(NoValue.INSTANCE);
                }
                args.set(position, values[k]);
            } else if (extra != null) {
                extra.put(Values.string(names[k]), values[k]);
            } else {
                throw error("'" + names[k] + "' is an invalid keyword argument for " + s.name() + "()");
            }
        }
        if (extra != null) {
            keywordValues[keywords.length] = extra;
        }
        Object[] frame = new Object[1 + keywordSlots + args.size()];
        frame[0] = KEYWORDS_BOUND;
        System.arraycopy(keywordValues, 0, frame, 1, keywordSlots);
        for (int i = 0; i < args.size(); i++) {
            frame[1 + keywordSlots + i] = args.get(i);
        }
        return frame;
    }

    /** The Core message of a plain positional call with the wrong count (LANGUAGE.md, Functions); no position yet. */
    @TruffleBoundary
    public static PyRustException arityError(PyRustFunction function, int count) {
        return PyRustException.runtime(ExceptionTypes.TYPE_ERROR, "Function " + function.getName() + " expects " + function.getArity() + " arguments, got " + count, null);
    }

    private static PyRustException tooManyPositional(PyRustFunction function, Signature s, int count, String[] names, Object[] values) {
        int n = s.positional().length;
        int required = n - function.getDefaults().length;
        int keywordGiven = 0;
        for (String name : names) {
            if (indexOf(s.keywordOnly(), name) >= 0) {
                keywordGiven++;
            }
        }
        String takes = required == n ? n + " positional argument" + (n == 1 ? "" : "s") : "from " + required + " to " + n + " positional arguments";
        String given = keywordGiven == 0 ? count + (count == 1 ? " was" : " were")
                        : count + " positional argument" + (count == 1 ? "" : "s") + " (and " + keywordGiven + " keyword-only argument" + (keywordGiven == 1 ? "" : "s") + ") were";
        return error(function.getQualname() + "() takes " + takes + " but " + given + " given");
    }

    private static String quoteList(List<String> names) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        } else if (quoted.size() == 2) {
            return quoted.get(0) + " and " + quoted.get(1);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static PyRustException error(String message) {
        return PyRustException.raise(ExceptionTypes.TYPE_ERROR, message, null);
    }
}
