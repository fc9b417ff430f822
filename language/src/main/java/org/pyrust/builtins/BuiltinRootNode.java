package org.pyrust.builtins;

import org.pyrust.PyRustLanguage;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/** The root of a builtin's call target: small, so the compiler inlines it into its callers. */
final class BuiltinRootNode extends RootNode {

    @Child private BuiltinNode body;
    private final String name;

    BuiltinRootNode(PyRustLanguage language, BuiltinNode body, String name) {
        super(language);
        this.body = body;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
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
