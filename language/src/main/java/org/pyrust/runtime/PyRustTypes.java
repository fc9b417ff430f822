package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The exact value types: {@code long} (int), {@code double} (float), {@code boolean} (bool). Nodes that store or pass values on
 * (locals, globals, calls) use this type system so that a bool stays a bool.
 */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class PyRustTypes {
}
