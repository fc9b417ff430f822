package org.pyrust.runtime;

import org.pyrust.numeric.FloatRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python's {@code str(x)}, the abstract operation behind {@code print}, {@code str()} and a program's
 * printed result. Values whose {@code str} is their {@code repr} share {@link ReprNode}'s text.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class StrNode extends Node {

    static final TruffleString TRUE = Values.string("True");
    static final TruffleString FALSE = Values.string("False");
    static final TruffleString NONE = Values.string("None");

    public abstract TruffleString execute(Object value);

    @Specialization
    static TruffleString doString(TruffleString value) {
        return value;
    }

    @Specialization
    static TruffleString doLong(long value, @Cached TruffleString.FromLongNode fromLong) {
        return fromLong.execute(value, Values.ENCODING, false);
    }

    @Specialization
    @TruffleBoundary
    static TruffleString doDouble(double value) {
        return Values.string(FloatRepr.repr(value));
    }

    @Specialization
    static TruffleString doBoolean(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Specialization
    static TruffleString doNone(@SuppressWarnings("unused") PyRustNone value) {
        return NONE;
    }

    /** An exception's {@code str} is its message alone; its {@code repr} names the class. */
    @Specialization
    @TruffleBoundary
    static TruffleString doException(ExceptionObject value) {
        return Values.string(value.getMessage());
    }

    /** Containers show their elements' reprs; functions and types: {@code <function f>}, {@code <class 'int'>}. */
    @Fallback
    @TruffleBoundary
    static TruffleString doOther(Object value) {
        return Values.string(ContainerRepr.repr(value));
    }
}
