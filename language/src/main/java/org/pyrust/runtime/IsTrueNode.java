package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python's truthiness, the abstract operation behind {@code if}, {@code while}, {@code and}/{@code or},
 * {@code not} and {@code bool(x)}: {@code 0}, {@code 0.0}, {@code False}, {@code None}, {@code ""} and empty containers are false; a
 * function, a type or an exception is true, as every object without {@code __bool__} or {@code __len__} is.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class IsTrueNode extends Node {

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
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doList(PyList value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doTuple(PyTuple value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doDict(PyDict value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doSet(PySet value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doRange(PyRange value) {
        return value.length() != 0;
    }

    @Specialization
    static boolean doView(PyDictView value) {
        return value.dict().size() != 0;
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
    static boolean doObject(@SuppressWarnings("unused") Object value) {
        return true;
    }
}
