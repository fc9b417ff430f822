package org.pyrust.builtins;

import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code print(*args)}: the {@code str()} of each argument, separated by spaces, then a newline, in one write when it is short. */
@Builtin(name = "print", varArgs = true)
@GenerateNodeFactory
abstract class PrintBuiltin extends BuiltinNode {

    /**
     * Strings longer than this are written in pieces of this many code points. A Java string of half a
     * billion astral characters cannot exist, and copying a long string whole would double the memory
     * it takes.
     */
    private static final int PIECE = 1 << 20;

    @Specialization
    static Object doPrint(VirtualFrame frame, Object[] arguments) {
        print(PyRustRootNode.context(frame), arguments);
        return PyRustNone.INSTANCE;
    }

    @TruffleBoundary
    private static void print(PyRustContext context, Object[] arguments) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                line.append(' ');
            }
            if (arguments[i] instanceof TruffleString s && Values.length(s) > PIECE) {
                if (!line.isEmpty()) {
                    context.write(line.toString());
                    line.setLength(0);
                }
                writeInPieces(context, s);
            } else {
                line.append(Values.str(arguments[i]));
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
