package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Python's {@code item in container}. */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class ContainsNode extends Node {

    public abstract boolean execute(Object container, Object item);

    @Specialization
    static boolean doLongList(PyList list, long item) {
        if (list.storage() instanceof long[] longs) {
            for (int i = 0; i < list.size(); i++) {
                if (longs[i] == item) {
                    return true;
                }
            }
            return false;
        }
        return search(list.toArray(), item);
    }

    @Specialization(replaces = "doLongList")
    static boolean doList(PyList list, Object item) {
        return search(list.toArray(), item);
    }

    @Specialization
    static boolean doTuple(PyTuple tuple, Object item) {
        return search(tuple.items(), item);
    }

    @Specialization
    static boolean doDict(PyDict dict, Object key, @Cached DictEntryNode entry) {
        return entry.execute(dict, key) >= 0;
    }

    @Specialization
    static boolean doSet(PySet set, Object item) {
        return set.contains(item);
    }

    @Specialization
    static boolean doView(PyDictView view, Object item) {
        return view.contains(item);
    }

    @Specialization
    static boolean doRange(PyRange range, long item) {
        return range.contains(item);
    }

    @Specialization
    static boolean doSubstring(TruffleString string, TruffleString part, @Bind Node node,
                    @Cached TruffleString.ByteIndexOfStringNode indexOf) {
        if (part.isEmpty()) {
            return true;
        }
        int length = string.byteLength(Values.ENCODING);
        return indexOf.execute(string, part, 0, length, Values.ENCODING) >= 0;
    }

    @Specialization(guards = "!isString(item)")
    static boolean doStringOther(@SuppressWarnings("unused") TruffleString string, Object item, @Bind Node node) {
        CompilerDirectives.transferToInterpreter();
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "'in <string>' requires string as left operand, not " + Values.typeName(item), node);
    }

    @Fallback
    static boolean doOther(Object container, Object item, @Bind Node node) {
        if (container instanceof PyRange range) {
            // A range holds only ints: a float equal to one of them is in it ({@code 2.0 in range(3)}).
            return item instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p63 && range.contains(d.longValue());
        }
        if (container instanceof PyIterator iterator) {
            return searchIterator(iterator, item);
        }
        CompilerDirectives.transferToInterpreter();
        throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "argument of type '" + Values.typeName(container) + "' is not iterable", node);
    }

    static boolean isString(Object value) {
        return value instanceof TruffleString;
    }

    @TruffleBoundary
    private static boolean search(Object[] items, Object item) {
        EqNode eq = EqNodeGen.getUncached();
        for (Object element : items) {
            if (element == item || eq.execute(element, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private static boolean searchIterator(PyIterator iterator, Object item) {
        EqNode eq = EqNodeGen.getUncached();
        for (Object element = iterator.next(); element != null; element = iterator.next()) {
            if (element == item || eq.execute(element, item)) {
                return true;
            }
        }
        return false;
    }
}
