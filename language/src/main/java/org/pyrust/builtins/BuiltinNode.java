package org.pyrust.builtins;

import org.pyrust.nodes.PyRustTypes;
import org.pyrust.runtime.BuiltinException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The body of a builtin function. It reads its arguments from the frame (after the closure slot) and
 * checks their number itself, with CPython's messages. Errors are {@link BuiltinException}s, which the
 * calling node reports at the callee.
 */
@TypeSystemReference(PyRustTypes.class)
public abstract class BuiltinNode extends Node {

    public abstract Object execute(VirtualFrame frame);

    protected static int argumentCount(VirtualFrame frame) {
        return frame.getArguments().length - 1;
    }

    protected static Object argument(VirtualFrame frame, int index) {
        return frame.getArguments()[index + 1];
    }

    @TruffleBoundary
    protected static BuiltinException error(String message) {
        return new BuiltinException(message);
    }
}
