package org.pyrust.nodes.call;

import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustException;
import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.DispatchNode;
import org.pyrust.runtime.DispatchNodeGen;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PythonType;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code f(a, b)}: evaluates the callee, then the arguments left to right, checks the argument count and
 * dispatches. Errors of the call (not callable, wrong count, a builtin's complaint, too deep recursion)
 * are reported at the callee, which is where this node starts.
 */
@NodeInfo(shortName = "call")
public final class CallNode extends ExpressionNode {

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments) {
        this.callee = callee;
        this.arguments = arguments;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object calleeValue = callee.executeGeneric(frame);
        Object[] frameArguments = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            frameArguments[i + 1] = arguments[i].executeGeneric(frame);
        }
        PyRustFunction function;
        if (calleeValue instanceof PyRustFunction f) {
            function = f;
        } else if (calleeValue instanceof PythonType type && (function = PyRustRootNode.context(frame).constructor(type)) != null) {
            // Calling a built-in type runs its constructor builtin: list(x), float(s).
        } else {
            CompilerDirectives.transferToInterpreter();
            throw Errors.error(this, ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(calleeValue) + "' object is not callable");
        }
        if (function.getArity() != arguments.length && function.getArity() != PyRustFunction.VARIADIC) {
            throw arityError(function);
        }
        frameArguments[0] = function.getClosure();
        // The depth is restored, not decremented, on the way out: a stack overflow can strike anywhere in
        // between, and restoring keeps the count right for the rest of the context's life.
        PyRustContext context = PyRustRootNode.context(frame);
        int depth = context.callDepth;
        if (depth >= context.recursionLimit) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        }
        context.callDepth = depth + 1;
        try {
            return dispatch.executeDispatch(function, frameArguments);
        } catch (PyRustException e) {
            // A builtin's error has no position of its own: it is reported at the call.
            throw e.hasPosition() ? e : e.placedAt(this);
        } catch (StackOverflowError e) {
            // The thread's stack ran out before the recursion limit.
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } catch (OutOfMemoryError e) {
            // A builtin's result (a printed line, a flattened string) did not fit in the heap. An error
            // in a called function's body was already reported at its statement (BlockNode).
            CompilerDirectives.transferToInterpreter();
            throw Errors.outOfMemory(this);
        } finally {
            context.callDepth = depth;
        }
    }

    @TruffleBoundary
    private PyRustException arityError(PyRustFunction function) {
        return Errors.error(this, ExceptionTypes.TYPE_ERROR, "Function " + function.getName() + " expects " + function.getArity() + " arguments, got " + arguments.length);
    }

    private PyRustException recursionError() {
        return Errors.error(this, ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
