package org.pyrust.nodes.control;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.NextNode;
import org.pyrust.runtime.NextNodeGen;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code for target in iterable: body else: orElse} over any iterable: the iterator lives in a hidden
 * slot (so on-stack replacement can resume the loop), each item goes to another hidden slot that the
 * target's assignment reads. {@code else} runs when the loop was not left by {@code break}.
 */
@NodeInfo(shortName = "for")
public final class ForIterNode extends StatementNode {

    @Child private ExpressionNode iterable;
    @Child private GetIterNode getIter = GetIterNodeGen.create();
    @Child private LoopNode loop;
    @Child private StatementNode orElse;
    private final int iteratorSlot;
    private final Body body;

    public ForIterNode(ExpressionNode iterable, int iteratorSlot, int itemSlot, StatementNode assignTarget, StatementNode body, StatementNode orElse,
                    int[] deadSlots) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.body = new Body(iteratorSlot, itemSlot, assignTarget, body, deadSlots);
        this.loop = Truffle.getRuntime().createLoopNode(this.body);
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(iteratorSlot, getIter.execute(iterable.executeGeneric(frame)));
        loop.execute(frame);
        frame.setObject(iteratorSlot, null);
        if (orElse != null && !body.brokeOut(frame)) {
            orElse.executeVoid(frame);
        }
    }

    private static final class Body extends LoopBody {

        private final int iteratorSlot;
        private final int itemSlot;
        @Child private StatementNode assignTarget;
        @Child private NextNode next = NextNodeGen.create();
        @CompilationFinal private boolean seenList;
        @CompilationFinal private boolean seenRange;
        @CompilationFinal private boolean seenLongs;
        @CompilationFinal private boolean seenDoubles;
        @CompilationFinal private boolean seenObjects;

        Body(int iteratorSlot, int itemSlot, StatementNode assignTarget, StatementNode body, int[] deadSlots) {
            super(body, deadSlots);
            this.iteratorSlot = iteratorSlot;
            this.itemSlot = itemSlot;
            this.assignTarget = assignTarget;
        }

        /** After the loop: the item slot holds EXHAUSTED when the iterator ran out, null after a break. */
        boolean brokeOut(VirtualFrame frame) {
            return frame.getObject(itemSlot) != EXHAUSTED;
        }

        /**
         * Lists and ranges test for their end before they make the item: an item that met the end's null
         * at a merge (as {@code next()} returning null does) would have to be allocated there by escape
         * analysis, one boxed int per iteration. Each kind (and each list storage) is compiled in once
         * it has been seen, as each inlines the body once more.
         */
        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object iterator = frame.getObject(iteratorSlot);
            if (iterator instanceof PyIterator.ListIterator list && seenList) {
                return list.hasNext() ? nextOfList(frame, list) : exhausted(frame);
            } else if (iterator instanceof PyIterator.RangeIterator range && seenRange) {
                return range.hasNext() ? iterate(frame, range.nextKnown()) : exhausted(frame);
            } else if (!seenList && iterator instanceof PyIterator.ListIterator || !seenRange && iterator instanceof PyIterator.RangeIterator) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seenList |= iterator instanceof PyIterator.ListIterator;
                seenRange |= iterator instanceof PyIterator.RangeIterator;
                return executeRepeating(frame);
            }
            Object item = next.execute((PyIterator) iterator);
            return item != null ? iterate(frame, item) : exhausted(frame);
        }

        /** The next item of a list, read per storage so that an int's box meets no float's or object's at a merge either. */
        private boolean nextOfList(VirtualFrame frame, PyIterator.ListIterator list) {
            Object storage = list.list().storage();
            if (storage instanceof long[] longs && seenLongs) {
                return iterate(frame, longs[list.advance()]);
            } else if (storage instanceof double[] doubles && seenDoubles) {
                return iterate(frame, doubles[list.advance()]);
            } else if (storage instanceof Object[] objects && seenObjects) {
                return iterate(frame, objects[list.advance()]);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenLongs |= storage instanceof long[];
            seenDoubles |= storage instanceof double[];
            seenObjects |= storage instanceof Object[];
            return iterate(frame, list.list().get(list.advance()));
        }

        private boolean iterate(VirtualFrame frame, Object item) {
            frame.setObject(itemSlot, item);
            assignTarget.executeVoid(frame);
            // The target has the item now: a box left in the slot would live across the back edge, where
            // escape analysis must allocate it, though no later iteration reads it.
            frame.setObject(itemSlot, null);
            return runBody(frame);
        }

        private boolean exhausted(VirtualFrame frame) {
            frame.setObject(itemSlot, EXHAUSTED);
            return false;
        }

        @Override
        public String toString() {
            return "for loop at line " + getSourceLine(this);
        }
    }

    /** Left in the item slot when the iterator ran out: the loop ended without break. */
    private static final Object EXHAUSTED = new Object();
}
