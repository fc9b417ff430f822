package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.logic.ConditionNode;
import org.pyrust.runtime.GetIterNode;
import org.pyrust.runtime.GetIterNodeGen;
import org.pyrust.runtime.NextNode;
import org.pyrust.runtime.NextNodeGen;
import org.pyrust.runtime.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.ExplodeLoop.LoopExplosionKind;
import com.oracle.truffle.api.nodes.Node;

/**
 * The clauses of a generator expression as a resumable walk: level {@code k} is the {@code k}-th
 * {@code for}, whose iterator lives in the generator's frame. A step starts at the innermost level, takes
 * that level's next item (an exhausted level goes back out one level, the outermost ending the
 * generator), assigns the target, tests the level's conditions, and goes one level in until the
 * innermost level's item gives the element. A fresh generator has only the outermost iterator, so its
 * first step falls through to level 0. The level is a constant on every path of the compiled step
 * (merge explosion), so each level's nodes compile in place.
 */
public final class GenExprStepNode extends Node {

    @CompilationFinal(dimensions = 1) private final int[] iteratorSlots;
    @CompilationFinal(dimensions = 1) private final int[] itemSlots;
    /** Per level, the iterable that a new iterator of the level is made from; null for level 0. */
    @Children private final ExpressionNode[] iterables;
    /** Per level, iter() of the level's iterable; null for level 0, whose iterator the start node makes. */
    @Children private final GetIterNode[] getIters;
    @Children private final NextNode[] nexts;
    /** Per level, the assignment of the level's target from its item slot. */
    @Children private final StatementNode[] targets;
    @Children private final ConditionNode[] conditions;
    /** The level of each condition. */
    @CompilationFinal(dimensions = 1) private final int[] conditionLevels;
    @Child private ExpressionNode element;

    public GenExprStepNode(int[] iteratorSlots, int[] itemSlots, ExpressionNode[] iterables, StatementNode[] targets, ConditionNode[] conditions,
                    int[] conditionLevels, ExpressionNode element) {
        this.iteratorSlots = iteratorSlots;
        this.itemSlots = itemSlots;
        this.iterables = iterables;
        this.targets = targets;
        this.conditions = conditions;
        this.conditionLevels = conditionLevels;
        this.element = element;
        this.getIters = new GetIterNode[iterables.length];
        this.nexts = new NextNode[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            getIters[i] = i == 0 ? null : GetIterNodeGen.create();
            nexts[i] = NextNodeGen.create();
        }
    }

    /** The next element, or null when the outermost iterable is exhausted. */
    @ExplodeLoop(kind = LoopExplosionKind.MERGE_EXPLODE)
    public Object step(VirtualFrame frame) {
        int last = nexts.length - 1;
        int level = last;
        while (true) {
            Object iterator = frame.getObject(iteratorSlots[level]);
            Object item = iterator == null ? null : nexts[level].execute((PyIterator) iterator);
            if (item == null) {
                if (level == 0) {
                    return null;
                }
                frame.setObject(iteratorSlots[level], null);
                level--;
                continue;
            }
            frame.setObject(itemSlots[level], item);
            targets[level].executeVoid(frame);
            if (!conditionsHold(frame, level)) {
                continue;
            }
            if (level == last) {
                return element.executeGeneric(frame);
            }
            level++;
            frame.setObject(iteratorSlots[level], getIters[level].execute(iterables[level].executeGeneric(frame)));
        }
    }

    @ExplodeLoop
    private boolean conditionsHold(VirtualFrame frame, int level) {
        for (int i = 0; i < conditions.length; i++) {
            if (conditionLevels[i] == level && !conditions[i].execute(frame)) {
                return false;
            }
        }
        return true;
    }
}
