package org.pyrust.runtime;

import org.pyrust.numeric.NumericCompare;

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
    static boolean doLongDouble(long left, double right, Ordering ordering) {
        int c = NumericCompare.compare(left, right);
        return c != NumericCompare.UNORDERED && ordering.holds(c);
    }

    @Specialization
    static boolean doDoubleLong(double left, long right, Ordering ordering) {
        int c = NumericCompare.compare(left, right);
        return c != NumericCompare.UNORDERED && ordering.holds(c);
    }

    @Specialization
    static boolean doDouble(double left, double right, Ordering ordering) {
        return switch (ordering) {
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
        };
    }

    @Specialization
    static boolean doList(PyList left, PyList right, Ordering ordering, @Bind Node node) {
        return lexicographic(left.toArray(), right.toArray(), ordering, node);
    }

    @Specialization
    static boolean doTuple(PyTuple left, PyTuple right, Ordering ordering, @Bind Node node) {
        return lexicographic(left.items(), right.items(), ordering, node);
    }

    /** Sets order by inclusion: {@code a <= b} is {@code a.issubset(b)}. */
    @Specialization
    @TruffleBoundary
    static boolean doSet(PySet left, PySet right, Ordering ordering) {
        return switch (ordering) {
            case LE -> subset(left, right);
            case LT -> left.size() < right.size() && subset(left, right);
            case GE -> subset(right, left);
            case GT -> right.size() < left.size() && subset(right, left);
        };
    }

    public static boolean subset(PySet small, PySet large) {
        for (Object element : small.toArray()) {
            if (!large.contains(element)) {
                return false;
            }
        }
        return true;
    }

    /** The first unequal elements decide; if there is none, the shorter sequence is the smaller. */
    @TruffleBoundary
    static boolean lexicographic(Object[] a, Object[] b, Ordering ordering, Node node) {
        EqNode eq = EqNodeGen.getUncached();
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i] && !eq.execute(a[i], b[i])) {
                return RichCompareNodeGen.getUncached().execute(a[i], b[i], ordering);
            }
        }
        return ordering.holds(Integer.compare(a.length, b.length));
    }

    @Specialization
    static boolean doString(TruffleString left, TruffleString right, Ordering ordering,
                    @Cached TruffleString.CompareIntsUTF32Node compare) {
        return ordering.holds(compare.execute(left, right));
    }

    @Fallback
    static boolean doOther(Object left, Object right, Ordering ordering, @Bind Node node) {
        throw PyRustException.runtime(ExceptionTypes.TYPE_ERROR,
                        notSupported(ordering, left, right), node);
    }

    @TruffleBoundary
    private static String notSupported(Ordering ordering, Object left, Object right) {
        return "'" + ordering.symbol + "' not supported between instances of '" + Values.typeName(left) + "' and '" + Values.typeName(right) + "'";
    }
}
