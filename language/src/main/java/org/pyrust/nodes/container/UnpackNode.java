package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.ToArrayNode;
import org.pyrust.runtime.ToArrayNodeGen;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code a, *rest, b = value}: the value's elements go to hidden slots, one per target (the starred one
 * gets a list of what is left over), then each target's assignment reads its slot, left to right.
 */
@NodeInfo(shortName = "unpack")
public final class UnpackNode extends StatementNode {

    @Child private ExpressionNode value;
    @Child private ToArrayNode toArray = ToArrayNodeGen.create();
    /** Index of the starred target, or -1. */
    private final int starIndex;
    private final int[] slots;
    @Children private final StatementNode[] targets;

    public UnpackNode(ExpressionNode value, int starIndex, int[] slots, StatementNode[] targets) {
        this.value = value;
        this.starIndex = starIndex;
        this.slots = slots;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object source = value.executeGeneric(frame);
        Object[] items;
        if (source instanceof PyTuple tuple) {
            // Read in place: a copy (ToArray's contract) would be allocated per unpacking in a loop.
            items = tuple.items();
        } else {
            try {
                items = toArray.execute(source);
            } catch (PyRustException e) {
                throw notIterable(source, e);
            }
        }
        int n = targets.length;
        if (starIndex < 0) {
            if (items.length != n) {
                throw countError(items.length, n, false);
            }
            for (int i = 0; i < n; i++) {
                frame.setObject(slots[i], items[i]);
            }
        } else {
            if (items.length < n - 1) {
                throw countError(items.length, n - 1, true);
            }
            int after = n - 1 - starIndex;
            for (int i = 0; i < starIndex; i++) {
                frame.setObject(slots[i], items[i]);
            }
            frame.setObject(slots[starIndex], rest(items, starIndex, items.length - after));
            for (int i = 0; i < after; i++) {
                frame.setObject(slots[starIndex + 1 + i], items[items.length - after + i]);
            }
        }
        for (StatementNode target : targets) {
            target.executeVoid(frame);
        }
    }

    /** CPython's words for unpacking a value that is not iterable. */
    @TruffleBoundary
    private PyRustException notIterable(Object source, PyRustException e) {
        if (e.getException() != null && e.getMessage().endsWith("object is not iterable")) {
            return PyRustException.raise(ExceptionTypes.TYPE_ERROR, "cannot unpack non-iterable " + org.pyrust.runtime.Values.typeName(source) + " object", this);
        }
        return e;
    }

    @TruffleBoundary
    private static PyList rest(Object[] items, int from, int to) {
        return new PyList(java.util.Arrays.copyOfRange(items, from, to));
    }

    @TruffleBoundary
    private PyRustException countError(int got, int expected, boolean atLeast) {
        String message;
        if (got < expected) {
            message = "not enough values to unpack (expected " + (atLeast ? "at least " : "") + expected + ", got " + got + ")";
        } else {
            message = "too many values to unpack (expected " + expected + ")";
        }
        return PyRustException.raise(ExceptionTypes.VALUE_ERROR, message, this);
    }
}
