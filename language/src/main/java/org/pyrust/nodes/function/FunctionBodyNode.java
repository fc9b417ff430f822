package org.pyrust.nodes.function;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.control.ReturnException;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * A function's body: the prologue (arguments into their slots, cells for captured variables), then the
 * statements. {@code return} leaves its value in the return slot and arrives as a {@link ReturnException};
 * falling off the end returns None.
 */
@NodeInfo(shortName = "function body")
public final class FunctionBodyNode extends ExpressionNode {

    @Child private StatementNode prologue;
    @Child private StatementNode body;
    private final int returnSlot;
    private final BranchProfile returned = BranchProfile.create();
    private final BranchProfile fellThrough = BranchProfile.create();

    public FunctionBodyNode(StatementNode prologue, StatementNode body, int returnSlot) {
        this.prologue = prologue;
        this.body = body;
        this.returnSlot = returnSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        prologue.executeVoid(frame);
        try {
            body.executeVoid(frame);
        } catch (ReturnException e) {
            returned.enter();
            return frame.getObject(returnSlot);
        }
        fellThrough.enter();
        return PyRustNone.INSTANCE;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.RootBodyTag.class || tag == StandardTags.RootTag.class || super.hasTag(tag);
    }
}
