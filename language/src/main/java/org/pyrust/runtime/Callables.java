package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calling a guest callable from a builtin ({@code sorted(key=f)}, {@code map(f, xs)}): positional
 * arguments only, through the uncached dispatch. Not for hot paths of PyRust code, which call through
 * their own call nodes.
 */
public final class Callables {

    private Callables() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... arguments) {
        PyRustFunction function;
        Object[] positional = arguments;
        if (callable instanceof PyRustFunction f) {
            function = f;
        } else if (callable instanceof PyBoundMethod m) {
            function = m.function();
            positional = new Object[arguments.length + 1];
            positional[0] = m.receiver();
            System.arraycopy(arguments, 0, positional, 1, arguments.length);
        } else if (callable instanceof PythonType type && type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return new ExceptionObject(type, arguments.clone(), false);
        } else if (callable instanceof PythonType type && PyRustContext.current().constructor(type) != null) {
            function = PyRustContext.current().constructor(type);
        } else {
            throw PyRustException.runtime(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(callable) + "' object is not callable", null);
        }
        Object[] frame;
        if (function.getArity() == positional.length || function.getArity() == PyRustFunction.VARIADIC) {
            frame = new Object[positional.length + 1];
            frame[0] = function.getClosure();
            System.arraycopy(positional, 0, frame, 1, positional.length);
        } else if (function.hasFixedArity()) {
            throw ArgumentBinder.arityError(function, positional.length);
        } else {
            frame = ArgumentBinder.bind(function, positional, new String[0], new Object[0]);
        }
        return DispatchNodeGen.getUncached().executeDispatch(function, frame);
    }
}
