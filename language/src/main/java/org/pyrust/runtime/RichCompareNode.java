package org.pyrust.runtime;

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

/**
 * Python's ordering comparisons {@code < <= > >=}, the abstract operation behind the operators and
 * {@code min}/{@code max}: ints (bools as 0 and 1) by value, strings by code points; values without an
 * order between them are a TypeError naming the operator and both types, left first. The ordering is
 * a parameter rather than a field so that one cached node serves a builtin that compares both ways; a
 * caller passing a constant gets the switch folded.
 */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class RichCompareNode extends Node {

    public abstract boolean execute(Object left, Object right, Ordering ordering);

    @Specialization
    static boolean doLong(long left, long right, Ordering ordering) {
        return ordering.holds(Long.compare(left, right));
    }

    @Specialization
    static boolean doString(TruffleString left, TruffleString right, Ordering ordering,
                    @Cached TruffleString.CompareIntsUTF32Node compare) {
        return ordering.holds(compare.execute(left, right));
    }

    @Fallback
    static boolean doOther(Object left, Object right, Ordering ordering, @Bind("$node") Node node) {
        throw PyRustException.runtime(ExceptionTypes.TYPE_ERROR,
                        notSupported(ordering, left, right), node);
    }

    @TruffleBoundary
    private static String notSupported(Ordering ordering, Object left, Object right) {
        return "'" + ordering.symbol + "' not supported between instances of '" + Values.typeName(left) + "' and '" + Values.typeName(right) + "'";
    }
}
