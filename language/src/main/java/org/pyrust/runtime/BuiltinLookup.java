package org.pyrust.runtime;

/**
 * What the runtime asks of the language's builtins at run time: the function behind calling a built-in
 * type and the methods of the built-in types. The language's builtins implement it, so this package
 * needs nothing from theirs.
 */
public interface BuiltinLookup {

    /** What calling {@code type} runs, or null when the type cannot be called. */
    PyRustFunction constructor(PythonType type);

    /** The method {@code name} defined by {@code type} itself, or null. */
    PyRustFunction method(PythonType type, String name);
}
