package org.pyrust.nodes;

import org.pyrust.PyRustContext;
import org.pyrust.PyRustLanguage;
import org.pyrust.runtime.StageTimes;

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

    @Child private ExpressionNode body;
    private final String name;
    private final SourceSection sourceSection;
    /** Module roots measure their execution for --profile when the context asked for it at parse time. */
    private final boolean timeExecution;

    public PyRustRootNode(PyRustLanguage language, FrameDescriptor frameDescriptor, ExpressionNode body, String name, SourceSection sourceSection,
                    boolean timeExecution) {
        super(language, frameDescriptor);
        this.body = body;
        this.name = name;
        this.sourceSection = sourceSection;
        this.timeExecution = timeExecution;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (timeExecution) {
            long start = System.nanoTime();
            try {
                return body.executeGeneric(frame);
            } finally {
                StageTimes.record(PyRustContext.get(this).getStageTimes(), StageTimes.Stage.EXECUTE, start);
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
