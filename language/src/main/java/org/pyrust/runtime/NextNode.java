package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Python's {@code next(it)} as {@code for} drives it: the next item or null at the end. The iterator of
 * tuples (and of a set's snapshot), a final class, gets a specialization whose call compiles inline; any
 * other iterator is one virtual call. ({@code for} reads lists and ranges itself, see ForIterNode.)
 */
@GenerateUncached
@GenerateInline(false)
public abstract class NextNode extends Node {

    public abstract Object execute(PyIterator iterator);

    @Specialization
    static Object doArray(PyIterator.ArrayIterator iterator) {
        return iterator.next();
    }

    @Specialization(replaces = "doArray")
    static Object doOther(PyIterator iterator) {
        return iterator.next();
    }
}
