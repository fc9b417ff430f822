package org.pyrust.builtins;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.ArgumentBinder;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.PyRustContext;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The root of a builtin's call target: small, so the compiler inlines it into its callers. It checks the
 * number of arguments against the builtin's {@link BuiltinSignature}, then runs the body. Like a
 * function's root, it keeps the context in the frame's {@link PyRustRootNode#CONTEXT_SLOT}, where builtins
 * that need it (print) find it.
 */
final class BuiltinRootNode extends RootNode {

    @Child private BuiltinNode body;
    private final ContextReference<PyRustContext> contextReference;
    private final BuiltinSignature signature;
    private final int keywordCount;

    private BuiltinRootNode(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, BuiltinNode body,
                    BuiltinSignature signature, int keywordCount) {
        super(language, frameDescriptor());
        this.contextReference = contextReference;
        this.body = body;
        this.signature = signature;
        this.keywordCount = keywordCount;
    }

    /** The root of the builtin that {@code factory} makes, with the signature its {@link Builtin} annotation and parameters give. */
    static BuiltinRootNode create(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference,
                    NodeFactory<? extends BuiltinNode> factory) {
        Builtin builtin = factory.getNodeClass().getAnnotation(Builtin.class);
        // The **kwargs dict, if any, is one more keyword parameter after the named ones.
        int keywords = builtin.keywords().length + (builtin.varKeywords() ? 1 : 0);
        int parameters = factory.getExecutionSignature().size();
        int positional = parameters - keywords;
        // A method's receiver is an argument like the others, but CPython's messages do not count it.
        int receiver = builtin.methodOf().isEmpty() ? 0 : 1;
        String name = builtin.methodOf().isEmpty() ? builtin.name() : builtin.methodOf() + "." + builtin.name();
        ExpressionNode[] arguments = new ExpressionNode[parameters];
        BuiltinSignature signature;
        if (builtin.varArgs()) {
            assert positional == 1 : builtin.name() + ": *args is the only positional parameter";
            arguments[0] = new AllArgumentsNode(keywords);
            signature = new BuiltinSignature(name, Math.max(0, builtin.minArgs()), BuiltinSignature.UNLIMITED, receiver, keywords, builtin.names(), builtin.arity());
        } else {
            for (int i = 0; i < positional; i++) {
                arguments[i] = new ArgumentNode(i, keywords);
            }
            signature = new BuiltinSignature(name, (builtin.minArgs() < 0 ? positional : builtin.minArgs()) - receiver, positional - receiver, receiver, keywords,
                            builtin.names(), builtin.arity());
        }
        for (int k = 0; k < keywords; k++) {
            arguments[positional + k] = new KeywordArgumentNode(k);
        }
        return new BuiltinRootNode(language, contextReference, factory.createNode((Object) arguments), signature, keywords);
    }

    private static FrameDescriptor frameDescriptor() {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder(1);
        int contextSlot = builder.addSlot(FrameSlotKind.Object, null, null);
        assert contextSlot == PyRustRootNode.CONTEXT_SLOT;
        return builder.build();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        int count = args.length - ArgumentBinder.firstPositional(args, keywordCount) - signature.receiver();
        if (!signature.accepts(count)) {
            CompilerDirectives.transferToInterpreter();
            throw signature.arityError(count);
        }
        frame.setObject(PyRustRootNode.CONTEXT_SLOT, contextReference.get(this));
        return body.executeGeneric(frame);
    }

    @Override
    public String getName() {
        return signature.name();
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
