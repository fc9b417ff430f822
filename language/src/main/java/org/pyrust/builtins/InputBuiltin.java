package org.pyrust.builtins;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code input([prompt])}: a line of standard input without its newline; EOFError at the end. */
@Builtin(name = "input", minArgs = 0)
@GenerateNodeFactory
abstract class InputBuiltin extends BuiltinNode {

    @Specialization
    static Object doInput(VirtualFrame frame, Object prompt) {
        PyRustContext context = org.pyrust.nodes.PyRustRootNode.context(frame);
        return read(context, Args.absent(prompt) ? null : Values.str(prompt));
    }

    @TruffleBoundary
    private static Object read(PyRustContext context, String prompt) {
        if (prompt != null) {
            context.write(prompt);
        }
        String line = context.readLine();
        if (line == null) {
            throw error(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return Values.string(line);
    }
}
