package org.pyrust.builtins;

import org.pyrust.PyRustContext;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyrust.runtime.PyRustNone;

/** {@code print(*args)}: the {@code str()} of each argument, separated by spaces, then a newline. */
@NodeInfo(shortName = "print")
final class PrintBuiltin extends BuiltinNode {

    @Override
    public Object execute(VirtualFrame frame) {
        print(PyRustContext.get(this), frame.getArguments());
        return PyRustNone.INSTANCE;
    }

    @TruffleBoundary
    private static void print(PyRustContext context, Object[] frameArguments) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i < frameArguments.length; i++) {
            if (i > 1) {
                line.append(' ');
            }
            line.append(Values.str(frameArguments[i]));
        }
        line.append('\n');
        context.write(line.toString());
    }
}
