package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Python's {@code iter(x)}: what {@code for}, unpacking and every builtin that takes an iterable use. */
@GenerateUncached
@GenerateInline(false)
public abstract class GetIterNode extends Node {

    public abstract PyIterator execute(Object iterable);

    @Specialization
    static PyIterator doList(PyList list) {
        return new PyIterator.ListIterator(list);
    }

    @Specialization
    static PyIterator doTuple(PyTuple tuple) {
        return new PyIterator.ArrayIterator(tuple.items(), BuiltinTypes.TUPLE_ITERATOR);
    }

    @Specialization
    static PyIterator doRange(PyRange range) {
        return new PyIterator.RangeIterator(range);
    }

    @Specialization
    static PyIterator doString(TruffleString string) {
        return new PyIterator.StringIterator(string);
    }

    @Specialization
    static PyIterator doDict(PyDict dict) {
        return new PyIterator.DictIterator(dict, PyIterator.DictIterator.Kind.KEYS);
    }

    @Specialization
    static PyIterator doSet(PySet set) {
        return new PyIterator.ArrayIterator(set.toArray(), BuiltinTypes.SET_ITERATOR);
    }

    @Specialization
    static PyIterator doView(PyDictView view) {
        return new PyIterator.DictIterator(view.dict(), view.kind());
    }

    /** An iterator is its own iterator. */
    @Specialization
    static PyIterator doIterator(PyIterator iterator) {
        return iterator;
    }

    @Fallback
    static PyIterator doOther(Object value, @Bind Node node) {
        CompilerDirectives.transferToInterpreter();
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object is not iterable", node);
    }
}
