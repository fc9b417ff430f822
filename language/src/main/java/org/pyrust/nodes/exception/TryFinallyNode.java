package org.pyrust.nodes.exception;

import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code try: body finally: finalBody}: the final block runs however the body ends, by falling through,
 * an exception, {@code return}, {@code break} or {@code continue}; if the final block itself leaves
 * (an exception, a return), that wins, as in Python.
 */
@NodeInfo(shortName = "try-finally")
public final class TryFinallyNode extends StatementNode {

    @Child private StatementNode body;
    @Child private StatementNode finalBody;

    public TryFinallyNode(StatementNode body, StatementNode finalBody) {
        this.body = body;
        this.finalBody = finalBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } finally {
            finalBody.executeVoid(frame);
        }
    }
}
