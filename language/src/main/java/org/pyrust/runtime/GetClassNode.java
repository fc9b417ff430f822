package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python's {@code type(x)} for every value: the one place where the Java class of a value decides its
 * type. Everything that names a value's type (error messages, {@code isinstance}, interop meta objects)
 * asks this node.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class GetClassNode extends Node {

    public abstract PythonType execute(Object value);

    @Specialization
    static PythonType doLong(@SuppressWarnings("unused") long value) {
        return BuiltinTypes.INT;
    }

    @Specialization
    static PythonType doBoolean(@SuppressWarnings("unused") boolean value) {
        return BuiltinTypes.BOOL;
    }

    @Specialization
    static PythonType doDouble(@SuppressWarnings("unused") double value) {
        return BuiltinTypes.FLOAT;
    }

    @Specialization
    static PythonType doList(@SuppressWarnings("unused") PyList value) {
        return BuiltinTypes.LIST;
    }

    @Specialization
    static PythonType doTuple(@SuppressWarnings("unused") PyTuple value) {
        return BuiltinTypes.TUPLE;
    }

    @Specialization
    static PythonType doDict(@SuppressWarnings("unused") PyDict value) {
        return BuiltinTypes.DICT;
    }

    @Specialization
    static PythonType doSet(PySet value) {
        return value.isFrozen() ? BuiltinTypes.FROZENSET : BuiltinTypes.SET;
    }

    @Specialization
    static PythonType doRange(@SuppressWarnings("unused") PyRange value) {
        return BuiltinTypes.RANGE;
    }

    @Specialization
    static PythonType doSlice(@SuppressWarnings("unused") PySlice value) {
        return BuiltinTypes.SLICE;
    }

    @Specialization
    static PythonType doBoundMethod(@SuppressWarnings("unused") PyBoundMethod value) {
        return BuiltinTypes.BUILTIN_FUNCTION;
    }

    @Specialization
    static PythonType doView(PyDictView value) {
        return value.type();
    }

    @Specialization
    static PythonType doEllipsis(@SuppressWarnings("unused") PyEllipsis value) {
        return BuiltinTypes.ELLIPSIS;
    }

    @Specialization
    static PythonType doAlias(@SuppressWarnings("unused") PyGenericAlias value) {
        return BuiltinTypes.GENERIC_ALIAS;
    }

    @Specialization
    static PythonType doIterator(PyIterator value) {
        return value.type();
    }

    @Specialization
    static PythonType doString(@SuppressWarnings("unused") TruffleString value) {
        return BuiltinTypes.STR;
    }

    @Specialization
    static PythonType doNone(@SuppressWarnings("unused") PyRustNone value) {
        return BuiltinTypes.NONE_TYPE;
    }

    @Specialization
    static PythonType doFunction(PyRustFunction value) {
        return value.isBuiltin() ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.FUNCTION;
    }

    @Specialization
    static PythonType doType(@SuppressWarnings("unused") PythonType value) {
        return BuiltinTypes.TYPE;
    }

    @Specialization
    static PythonType doException(ExceptionObject value) {
        return value.getType();
    }

    /** A raised error, as Java holds it ({@code PolyglotException.getGuestObject()}): the class of its exception. */
    @Specialization
    static PythonType doRaised(PyRustException value) {
        return value.getException() != null ? value.getException().getType() : BuiltinTypes.OBJECT;
    }

    /** Values of other languages: PyRust does not take them in yet ({@link HostValues}). */
    @Fallback
    static PythonType doOther(@SuppressWarnings("unused") Object value) {
        return BuiltinTypes.OBJECT;
    }
}
