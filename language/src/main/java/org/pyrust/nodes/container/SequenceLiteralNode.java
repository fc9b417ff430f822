package org.pyrust.nodes.container;

import java.util.Arrays;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.Containers;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.ToArrayNode;
import org.pyrust.runtime.ToArrayNodeGen;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code [a, b]}, {@code (a, b)} and {@code {a, b}}: the elements left to right, a starred one
 * ({@code [*xs, 1]}) spliced in. Without a starred element the size is known and the array is filled
 * in place.
 */
@NodeInfo(shortName = "display")
public final class SequenceLiteralNode extends ExpressionNode {

    public enum Kind {
        LIST,
        TUPLE,
        SET
    }

    private final Kind kind;
    @Children private final ExpressionNode[] elements;
    /** Which elements are {@code *x}; null when none is. */
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @Child private ToArrayNode toArray;

    public SequenceLiteralNode(Kind kind, ExpressionNode[] elements, boolean[] starred) {
        this.kind = kind;
        this.elements = elements;
        this.starred = starred;
        if (starred != null) {
            this.toArray = ToArrayNodeGen.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] items;
        if (starred == null) {
            items = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                items[i] = elements[i].executeGeneric(frame);
            }
        } else {
            Object[][] parts = new Object[elements.length][];
            for (int i = 0; i < elements.length; i++) {
                Object value = elements[i].executeGeneric(frame);
                parts[i] = starred[i] ? toArray.execute(value) : new Object[]{value};
            }
            items = concat(parts);
        }
        return switch (kind) {
            case LIST -> new PyList(items);
            case TUPLE -> items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
            case SET -> Containers.setOf(items, false);
        };
    }

    @TruffleBoundary
    private static Object[] concat(Object[][] parts) {
        int size = 0;
        for (Object[] part : parts) {
            size += part.length;
        }
        Object[] items = new Object[size];
        int at = 0;
        for (Object[] part : parts) {
            System.arraycopy(part, 0, items, at, part.length);
            at += part.length;
        }
        return Arrays.copyOf(items, size);
    }
}
