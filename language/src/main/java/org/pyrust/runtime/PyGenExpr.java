package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator expression's iterator: each {@link #next()} runs the expression's clauses, on the frame its
 * creation kept, from where the last element left them to the next element, so that elements are computed
 * as they are asked for (a side effect shows between two uses; an infinite iterable is fine) and nothing is
 * collected. The step is a call target of its own ({@code GenExprRootNode}), compiled when hot.
 */
public final class PyGenExpr extends PyIterator {

    /** The step's arguments, the generator's frame alone: one array for every step (the step keeps none). */
    private final Object[] stepArguments;
    private final RootCallTarget step;
    private boolean running;
    private boolean done;

    public PyGenExpr(MaterializedFrame frame, RootCallTarget step) {
        this.stepArguments = new Object[]{frame};
        this.step = step;
    }

    /**
     * The next element, or null once the clauses are exhausted; an exception ends the generator too, as
     * in CPython. A generator asked for its next element while computing one is CPython's ValueError.
     */
    @Override
    @TruffleBoundary
    public Object next() {
        if (done) {
            return null;
        }
        if (running) {
            throw PyRustException.raise(ExceptionTypes.VALUE_ERROR, "generator already executing", null);
        }
        running = true;
        boolean finished = true;
        try {
            Object element = step.call(stepArguments);
            finished = element == null;
            return element;
        } finally {
            running = false;
            done = finished;
        }
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "<generator object <genexpr> at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    @Override
    public PythonType type() {
        return BuiltinTypes.GENERATOR;
    }
}
