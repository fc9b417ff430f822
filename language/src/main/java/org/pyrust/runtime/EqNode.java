package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyrust.numeric.NumericCompare;

/**
 * Python's {@code ==}: numbers by exact value across int, bool and float ({@code 1 == 1.0 == True}),
 * strings by contents, containers element by element, anything else by identity. Never an error.
 * Used by the {@code ==} operator, {@code in}, {@code list.index}/{@code count}/{@code remove} and
 * dict keys.
 */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class EqNode extends Node {

    public abstract boolean execute(Object left, Object right);

    @Specialization
    static boolean doLong(long left, long right) {
        return left == right;
    }

    @Specialization
    static boolean doLongDouble(long left, double right) {
        return NumericCompare.eq(left, right);
    }

    @Specialization
    static boolean doDoubleLong(double left, long right) {
        return NumericCompare.eq(right, left);
    }

    @Specialization
    static boolean doDouble(double left, double right) {
        return left == right;
    }

    @Specialization
    static boolean doString(TruffleString left, TruffleString right,
                    @Cached TruffleString.EqualNode equal) {
        return equal.execute(left, right, Values.ENCODING);
    }

    @Fallback
    static boolean doOther(Object left, Object right) {
        return left == right || containers(left, right);
    }

    @TruffleBoundary
    private static boolean containers(Object left, Object right) {
        EqNode eq = EqNodeGen.getUncached();
        if (left instanceof PyList a && right instanceof PyList b) {
            return elements(a.toArray(), b.toArray(), eq);
        } else if (left instanceof PyTuple a && right instanceof PyTuple b) {
            return elements(a.items(), b.items(), eq);
        } else if (left instanceof PyDict a && right instanceof PyDict b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Object key : a.keys()) {
                Object other = b.get(key);
                if (other == null || !eq.execute(a.get(key), other)) {
                    return false;
                }
            }
            return true;
        } else if (left instanceof PySet a && right instanceof PySet b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Object element : a.toArray()) {
                if (!b.contains(element)) {
                    return false;
                }
            }
            return true;
        } else if (DictViewSets.comparesAsSets(left, right)) {
            return DictViewSets.equal(left, right);
        } else if (left instanceof PyRange a && right instanceof PyRange b) {
            return a.length() == b.length() && (a.length() == 0 || a.start() == b.start() && (a.length() == 1 || a.step() == b.step()));
        }
        return false;
    }

    private static boolean elements(Object[] a, Object[] b, EqNode eq) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && !eq.execute(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
}
