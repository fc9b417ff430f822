package org.pyrust.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Marks the classes of PyRust's own objects (lists, types, exceptions...), so that a value coming back from
 * Java is recognised as PyRust's by one check rather than a list of classes.
 */
public interface PyRustValue extends TruffleObject {
}
