package org.pyrust.builtins;

import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;
import org.pyrust.runtime.PyRustNone;

/** {@code print(*args)}: the {@code str()} of each argument, separated by spaces, then a newline, in one write when it is short. */
@NodeInfo(shortName = "print")
final class PrintBuiltin extends BuiltinNode {

    @Override
    public Object execute(VirtualFrame frame) {
        print(PyRustRootNode.context(frame), frame.getArguments());
        return PyRustNone.INSTANCE;
    }

    /**
     * Strings longer than this are written in pieces of this many code points. A Java string of half a
     * billion astral characters cannot exist, and copying a long string whole would double the memory
     * it takes.
     */
    private static final int PIECE = 1 << 20;

    @TruffleBoundary
    private static void print(PyRustContext context, Object[] frameArguments) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i < frameArguments.length; i++) {
            if (i > 1) {
                line.append(' ');
            }
            if (frameArguments[i] instanceof TruffleString s && Values.length(s) > PIECE) {
                if (!line.isEmpty()) {
                    context.write(line.toString());
                    line.setLength(0);
                }
                writeInPieces(context, s);
            } else {
                line.append(Values.str(frameArguments[i]));
            }
        }
        line.append('\n');
        context.write(line.toString());
    }

    private static void writeInPieces(PyRustContext context, TruffleString s) {
        int length = (int) Values.length(s);
        for (int start = 0; start < length; start += PIECE) {
            int size = Math.min(PIECE, length - start);
            context.write(s.substringUncached(start, size, Values.ENCODING, true).toJavaStringUncached());
        }
    }
}
