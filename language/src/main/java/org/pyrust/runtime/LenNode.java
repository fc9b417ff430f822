package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Python's {@code len(x)}, the abstract operation behind {@code len} and the truthiness of containers. */
@GenerateUncached
@GenerateInline(false)
public abstract class LenNode extends Node {

    public abstract long execute(Object value);

    @Specialization
    static long doString(TruffleString value) {
        return Values.length(value);
    }

    @Specialization
    static long doList(PyList value) {
        return value.size();
    }

    @Specialization
    static long doTuple(PyTuple value) {
        return value.size();
    }

    @Specialization
    static long doDict(PyDict value) {
        return value.size();
    }

    @Specialization
    static long doSet(PySet value) {
        return value.size();
    }

    @Specialization
    static long doRange(PyRange value) {
        return value.length();
    }

    @Specialization
    static long doView(PyDictView value) {
        return value.dict().size();
    }

    @Fallback
    static long doOther(Object value, @Bind Node node) {
        CompilerDirectives.transferToInterpreter();
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "object of type '" + Values.typeName(value) + "' has no len()", node);
    }
}
