package org.pyrust.builtins;

import org.pyrust.runtime.BuiltinTypes;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyDictView;
import org.pyrust.runtime.PyIterator;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRange;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.ToArrayNodeGen;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code reversed(seq)}: an iterator over a sequence from its end. */
@Builtin(name = "reversed", arity = Builtin.Arity.EXPECTED)
@GenerateNodeFactory
abstract class ReversedBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static PyIterator doReversed(Object sequence) {
        if (sequence instanceof PyList list) {
            return new PyIterator.ReverseListIterator(list);
        }
        Object[] items = switch (sequence) {
            case PyTuple tuple -> tuple.items().clone();
            case PyRange range -> ToArrayNodeGen.getUncached().execute(range);
            case TruffleString s -> ToArrayNodeGen.getUncached().execute(s);
            case PyDict dict -> dict.keys();
            // Dict views are reversible since Python 3.8: keys, values or items from the last inserted.
            case PyDictView view -> ToArrayNodeGen.getUncached().execute(view);
            default -> throw error(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(sequence) + "' object is not reversible");
        };
        java.util.Collections.reverse(java.util.Arrays.asList(items));
        return new PyIterator.ArrayIterator(items, typeOf(sequence));
    }

    /** The class CPython gives the reverse iterator of each kind of sequence. */
    private static org.pyrust.runtime.PythonType typeOf(Object sequence) {
        return switch (sequence) {
            case PyRange range -> BuiltinTypes.RANGE_ITERATOR;
            case PyDict dict -> BuiltinTypes.DICT_REVERSE_KEY_ITERATOR;
            case PyDictView view -> switch (view.kind()) {
                case KEYS -> BuiltinTypes.DICT_REVERSE_KEY_ITERATOR;
                case VALUES -> BuiltinTypes.DICT_REVERSE_VALUE_ITERATOR;
                case ITEMS -> BuiltinTypes.DICT_REVERSE_ITEM_ITERATOR;
            };
            default -> BuiltinTypes.REVERSED;
        };
    }
}
