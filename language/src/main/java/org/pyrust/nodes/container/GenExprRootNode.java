package org.pyrust.nodes.container;

import org.pyrust.runtime.PyRustContext;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The call target of a generator expression's steps ({@link org.pyrust.runtime.PyGenExpr#next()}): its one
 * argument is the generator's frame, on which the step runs; its own frame is not used.
 */
public final class GenExprRootNode extends RootNode {

    @Child private GenExprStepNode step;
    private final SourceSection section;

    public GenExprRootNode(TruffleLanguage<PyRustContext> language, GenExprStepNode step, SourceSection section) {
        super(language);
        this.step = step;
        this.section = section;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return step.step((VirtualFrame) frame.getArguments()[0]);
    }

    @Override
    public String getName() {
        return "<genexpr>";
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return "<genexpr> step";
    }
}
