package org.pyrust.nodes.exception;

import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.PyRustException;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code try: body finally: finalBody}: the final block runs however the body ends, by falling through,
 * an exception, {@code return}, {@code break} or {@code continue}; if the final block itself leaves
 * (an exception, a return), that wins, as in Python. While it runs for an exception, that exception is
 * the one being handled, in {@code handledSlot}: a bare {@code raise} re-raises it and an exception
 * raised meanwhile gets it as {@code __context__}, as in CPython. Otherwise the slot holds what the
 * enclosing handler handles, if any ({@code outerHandledSlot}).
 */
@NodeInfo(shortName = "try-finally")
public final class TryFinallyNode extends StatementNode {

    @Child private StatementNode body;
    @Child private StatementNode finalBody;
    private final int handledSlot;
    private final int outerHandledSlot;
    private final BranchProfile raised = BranchProfile.create();

    public TryFinallyNode(StatementNode body, StatementNode finalBody, int handledSlot, int outerHandledSlot) {
        this.body = body;
        this.finalBody = finalBody;
        this.handledSlot = handledSlot;
        this.outerHandledSlot = outerHandledSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PyRustException e) {
            raised.enter();
            runFinalBody(frame, e);
            throw e;
        } catch (Throwable t) {
            // return, break, continue, and whatever else leaves the body (cancellation, a stack overflow).
            runFinalBody(frame, outerHandled(frame));
            throw t;
        }
        runFinalBody(frame, outerHandled(frame));
    }

    private Object outerHandled(VirtualFrame frame) {
        return outerHandledSlot < 0 ? null : frame.getObject(outerHandledSlot);
    }

    private void runFinalBody(VirtualFrame frame, Object handled) {
        Object previous = frame.getObject(handledSlot);
        frame.setObject(handledSlot, handled);
        try {
            finalBody.executeVoid(frame);
        } catch (PyRustException e) {
            if (handled instanceof PyRustException h && h.getException() != null && e.getException() != null) {
                e.getException().setContextIfNone(h.getException());
            }
            throw e;
        } finally {
            frame.setObject(handledSlot, previous);
        }
    }
}
