package org.pyrust.builtins;

import org.pyrust.runtime.NoValue;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.ToArrayNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code tuple()}, {@code tuple(iterable)}. */
@Builtin(name = "tuple", minArgs = 0, constructor = true)
@GenerateNodeFactory
abstract class TupleBuiltin extends BuiltinNode {

    @Specialization
    static PyTuple doNoValue(@SuppressWarnings("unused") NoValue value) {
        return PyTuple.EMPTY;
    }

    @Specialization
    static PyTuple doTuple(PyTuple tuple) {
        return tuple;
    }

    @Fallback
    static PyTuple doIterable(Object iterable, @Cached ToArrayNode toArray) {
        return new PyTuple(toArray.execute(iterable));
    }
}
