package org.pyrust.nodes.object;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code receiver.name = value}. In the Data layer only functions take attributes; the Objects layer adds
 * instances. The value is evaluated first, then the receiver, as in CPython.
 */
@NodeInfo(shortName = ".=")
public final class SetAttributeNode extends StatementNode {

    @Child private ExpressionNode receiver;
    @Child private ExpressionNode value;
    private final String name;

    public SetAttributeNode(ExpressionNode receiver, String name, ExpressionNode value) {
        this.receiver = receiver;
        this.name = name;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        set(receiver.executeGeneric(frame), v);
    }

    @TruffleBoundary
    private void set(Object target, Object v) {
        if (target instanceof PyRustFunction function && !function.isBuiltin()) {
            function.setAttribute(name, v);
            return;
        }
        throw PyRustException.raise(ExceptionTypes.ATTRIBUTE_ERROR, "'" + Values.typeName(target) + "' object has no attribute '" + name + "'", this);
    }
}
