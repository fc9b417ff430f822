package org.pyrust.builtins;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;

/**
 * The body of a builtin function, declared with {@link Builtin}. Its children read the call's arguments
 * ({@link ArgumentNode}, {@link AllArgumentsNode}), so its specializations take them as parameters,
 * typed: {@code abs(long)}, {@code len(TruffleString)}. The count was checked before the body runs.
 */
@NodeChild(value = "arguments", type = ExpressionNode[].class)
public abstract class BuiltinNode extends ExpressionNode {

    /**
     * An error of a builtin, with no position: the call that called the builtin reports it at itself.
     * No layer before Data defines a builtin's messages, so an uncaught one names its class
     * ({@code ValueError: invalid literal ...}), as every Data error does.
     */
    @TruffleBoundary
    protected static PyRustException error(PythonType type, String message) {
        return PyRustException.raise(type, message, null);
    }

    /**
     * An error whose words a PyRust rule fixes ({@code Integer overflow: ...}, {@code Division by zero},
     * {@code Negative exponent not supported}): uncaught, it shows the message alone, as the operators do.
     */
    @TruffleBoundary
    protected static PyRustException ruleError(PythonType type, String message) {
        return PyRustException.runtime(type, message, null);
    }
}
