package org.pyrust.nodes.comparison;

import org.pyrust.ast.CompareOp;
import org.pyrust.nodes.Errors;
import org.pyrust.nodes.arithmetic.BinaryNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code < <= > >=} on two ints (bools included) or two strings (code point order). The operator is a
 * final field: the compiler folds the switch, so one class serves the four operators.
 */
@NodeInfo(description = "ordering comparison")
public abstract class OrderNode extends BinaryNode {

    protected final CompareOp op;

    protected OrderNode(CompareOp op) {
        assert op == CompareOp.LT || op == CompareOp.LE || op == CompareOp.GT || op == CompareOp.GE;
        this.op = op;
    }

    @Specialization
    boolean doLong(long left, long right) {
        return holds(Long.compare(left, right));
    }

    @Specialization
    boolean doString(TruffleString left, TruffleString right,
                    @Cached TruffleString.CompareIntsUTF32Node compare) {
        return holds(compare.execute(left, right));
    }

    @Fallback
    Object doOther(Object left, Object right) {
        throw Errors.notOrderable(this, op.symbol, left, right);
    }

    private boolean holds(int comparison) {
        return switch (op) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            default -> comparison >= 0;
        };
    }
}
