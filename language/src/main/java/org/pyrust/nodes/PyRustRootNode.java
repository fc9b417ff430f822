package org.pyrust.nodes;

import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.StageTimes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The root of a function (or of the module code, named {@code <module>}): what a call target runs.
 * Its name and source section are what stack traces show.
 */
@NodeInfo(language = "PyRust", description = "The root of a PyRust function or module")
public final class PyRustRootNode extends RootNode {

    public static final String MODULE_NAME = "<module>";

    /**
     * The frame slot that holds the context (the translator reserves it in every frame). Nodes take the
     * context from the frame, not from a context lookup each: in an engine shared by several contexts such
     * a lookup is a thread-local access the compiler does not merge, so the globals it leads to would be a
     * new object to the compiler at every access, and a global write would hide every earlier one from
     * later reads. From the frame, it is one value for the whole compiled unit.
     */
    public static final int CONTEXT_SLOT = 0;

    @Child private ExpressionNode body;
    /** Handed in by the language: a constant of the compiled code, so the lookup folds away. */
    private final ContextReference<PyRustContext> contextReference;
    private final String name;
    private final SourceSection sourceSection;
    /** Module roots measure their execution for --profile when the context asked for it at parse time. */
    private final boolean timeExecution;

    public PyRustRootNode(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, FrameDescriptor frameDescriptor,
                    ExpressionNode body, String name, SourceSection sourceSection, boolean timeExecution) {
        super(language, frameDescriptor);
        this.contextReference = contextReference;
        this.body = body;
        this.name = name;
        this.sourceSection = sourceSection;
        this.timeExecution = timeExecution;
    }

    /** The context this code runs in; see {@link #CONTEXT_SLOT}. */
    public static PyRustContext context(VirtualFrame frame) {
        return CompilerDirectives.castExact(frame.getObject(CONTEXT_SLOT), PyRustContext.class);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        frame.setObject(CONTEXT_SLOT, contextReference.get(this));
        if (timeExecution) {
            long start = System.nanoTime();
            try {
                return body.executeGeneric(frame);
            } finally {
                StageTimes.record(context(frame).getStageTimes(), StageTimes.Stage.EXECUTE, start);
            }
        }
        return body.executeGeneric(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "root " + name;
    }
}
