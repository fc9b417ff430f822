package org.pyrust.builtins;

import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.PyRustContext;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The root of a builtin's call target: small, so the compiler inlines it into its callers. Like a
 * function's root, it keeps the context in the frame's {@link PyRustRootNode#CONTEXT_SLOT}, where builtins
 * that need it (print) find it.
 */
final class BuiltinRootNode extends RootNode {

    @Child private BuiltinNode body;
    private final ContextReference<PyRustContext> contextReference;
    private final String name;

    BuiltinRootNode(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, BuiltinNode body, String name) {
        super(language, frameDescriptor());
        this.contextReference = contextReference;
        this.body = body;
        this.name = name;
    }

    private static FrameDescriptor frameDescriptor() {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder(1);
        int contextSlot = builder.addSlot(FrameSlotKind.Object, null, null);
        assert contextSlot == PyRustRootNode.CONTEXT_SLOT;
        return builder.build();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        frame.setObject(PyRustRootNode.CONTEXT_SLOT, contextReference.get(this));
        return body.execute(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
