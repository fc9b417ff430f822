package org.pyrust.nodes.control;

import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.logic.ConditionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code if}/{@code else}; an {@code elif} is an IfNode in the else branch. The counting profile tells
 * the compiler how often each branch ran, so it lays out (or drops) the cold one.
 */
@NodeInfo(shortName = "if")
public final class IfNode extends StatementNode {

    @Child private ConditionNode condition;
    @Child private StatementNode thenPart;
    @Child private StatementNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ConditionNode condition, StatementNode thenPart, StatementNode elsePart) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.execute(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
