package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.PyGenExpr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * The body of a generator expression's function: takes the iterator of the outermost iterable now (so
 * that {@code (x for x in 5)} fails where it stands, as in CPython), leaves the inner levels without one,
 * and hands out the generator, which keeps this frame for its steps.
 */
@NodeInfo(shortName = "genexpr")
public final class GenExprStartNode extends ExpressionNode {

    @Child private ExpressionNode outermost;
    @Child private GetIterNode getIter = GetIterNodeGen.create();
    @CompilationFinal(dimensions = 1) private final int[] iteratorSlots;
    private final RootCallTarget step;

    public GenExprStartNode(ExpressionNode outermost, int[] iteratorSlots, RootCallTarget step) {
        this.outermost = outermost;
        this.iteratorSlots = iteratorSlots;
        this.step = step;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        frame.setObject(iteratorSlots[0], getIter.execute(outermost.executeGeneric(frame)));
        for (int i = 1; i < iteratorSlots.length; i++) {
            frame.setObject(iteratorSlots[i], null);
        }
        return new PyGenExpr(frame.materialize(), step);
    }
}
