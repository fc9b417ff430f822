package org.pyrust.nodes.logic;

import org.pyrust.nodes.PyRustTypes;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Python's truthiness: {@code 0}, {@code False}, {@code None} and {@code ""} are false, all else true. */
@TypeSystemReference(PyRustTypes.class)
@GenerateInline(false)
public abstract class ToBooleanNode extends Node {

    public abstract boolean execute(Object value);

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doString(TruffleString value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doNone(@SuppressWarnings("unused") PyRustNone value) {
        return false;
    }

    @Fallback
    static boolean doOther(@SuppressWarnings("unused") Object value) {
        return true;
    }

}
