package org.pyrust.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all executable nodes. A node stores where it stands (char index and length) and builds its
 * {@link SourceSection} only when asked, e.g. for an error or a debugger. Statements that stand in a
 * block carry the statement tag; expressions inside them do not, so stepping works statement by
 * statement.
 */
@NodeInfo(language = "PyRust", description = "The abstract base node for all statements")
@GenerateWrapper
public abstract class StatementNode extends Node implements InstrumentableNode {

    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;
    private boolean hasStatementTag;

    public abstract void executeVoid(VirtualFrame frame);

    @Override
    public final SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        RootNode rootNode = getRootNode();
        if (rootNode == null) {
            return null;
        }
        SourceSection rootSection = rootNode.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        return rootSection.getSource().createSection(sourceCharIndex, sourceLength);
    }

    public final boolean hasSource() {
        return sourceCharIndex != NO_SOURCE;
    }

    public final void setSourceSection(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final void addStatementTag() {
        hasStatementTag = true;
    }

    @Override
    public boolean isInstrumentable() {
        return hasSource();
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.StatementTag.class && hasStatementTag;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new StatementNodeWrapper(this, probe);
    }
}
