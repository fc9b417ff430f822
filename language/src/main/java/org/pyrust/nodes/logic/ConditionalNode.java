package org.pyrust.nodes.logic;

import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code body if test else orElse}: only the chosen branch is evaluated. */
@NodeInfo(shortName = "if-else")
public final class ConditionalNode extends ExpressionNode {

    @Child private ConditionNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orElse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalNode(ConditionNode test, ExpressionNode body, ExpressionNode orElse) {
        this.test = test;
        this.body = body;
        this.orElse = orElse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(test.execute(frame)) ? body.executeGeneric(frame) : orElse.executeGeneric(frame);
    }
}
