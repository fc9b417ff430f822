package org.pyrust.builtins;

import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code print(*args, sep=, end=, file=, flush=)}: the {@code str()} of each argument, separated by spaces,
 * then a newline, in one write when it is short. {@code flush=} is accepted and has nothing to do: every
 * write already reaches the context's output stream. {@code file=None} is that stream; no other value the
 * Data layer has a {@code write} method, so any other is CPython's AttributeError.
 */
@Builtin(name = "print", varArgs = true, keywords = {"sep", "end", "file", "flush"})
@GenerateNodeFactory
abstract class PrintBuiltin extends BuiltinNode {

    /**
     * Strings longer than this are written in pieces of this many code points. A Java string of half a
     * billion astral characters cannot exist, and copying a long string whole would double the memory
     * it takes.
     */
    private static final int PIECE = 1 << 20;

    @Specialization
    static Object doPrint(VirtualFrame frame, Object[] arguments, Object sep, Object end, Object file, @SuppressWarnings("unused") Object flush) {
        String separator = text(sep, " ", "sep");
        String terminator = text(end, "\n", "end");
        if (!Args.absentOrNone(file)) {
            throw noWrite(file);
        }
        print(PyRustRootNode.context(frame), arguments, separator, terminator);
        return PyRustNone.INSTANCE;
    }

    /** {@code sep=} and {@code end=}: a string, or None (or absent) for the default. */
    private static String text(Object value, String absent, String name) {
        return Args.absentOrNone(value) ? absent : value instanceof TruffleString ? Args.str(value, name)
                        : badText(value, name);
    }

    private static String badText(Object value, String name) {
        CompilerDirectives.transferToInterpreter();
        throw error(org.pyrust.runtime.ExceptionTypes.TYPE_ERROR, name + " must be None or a string, not " + Values.typeName(value));
    }

    @TruffleBoundary
    private static RuntimeException noWrite(Object file) {
        return error(org.pyrust.runtime.ExceptionTypes.ATTRIBUTE_ERROR, "'" + Values.typeName(file) + "' object has no attribute 'write'");
    }

    @TruffleBoundary
    private static void print(PyRustContext context, Object[] arguments, String sep, String end) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                line.append(sep);
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
        line.append(end);
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
