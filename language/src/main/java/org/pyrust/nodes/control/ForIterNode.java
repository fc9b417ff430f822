package org.pyrust.nodes.control;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.PyIterator;

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

        Body(int iteratorSlot, int itemSlot, StatementNode assignTarget, StatementNode body, int[] deadSlots) {
            super(body, deadSlots);
            this.iteratorSlot = iteratorSlot;
            this.itemSlot = itemSlot;
            this.assignTarget = assignTarget;
        }

        boolean brokeOut(VirtualFrame frame) {
            return frame.getObject(itemSlot) != EXHAUSTED;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object item = ((PyIterator) frame.getObject(iteratorSlot)).next();
            if (item == null) {
                frame.setObject(itemSlot, EXHAUSTED);
                return false;
            }
            frame.setObject(itemSlot, item);
            assignTarget.executeVoid(frame);
            return runBody(frame);
        }

        @Override
        public String toString() {
            return "for loop at line " + getSourceLine(this);
        }
    }

    /** Left in the item slot when the iterator ran out: the loop ended without break. */
    private static final Object EXHAUSTED = new Object();
}
