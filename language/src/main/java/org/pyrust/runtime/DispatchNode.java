package org.pyrust.runtime;

import org.pyrust.runtime.PyRustFunction;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls a function through an inline cache keyed by call target, not by function object: every
 * closure made by one {@code def} shares its target, so a call site that sees fresh closures stays
 * monomorphic. Beyond two targets the site goes megamorphic through an {@link IndirectCallNode}. Calls from
 * PyRust code and from Java ({@link PyRustFunction}'s interop {@code execute}) both go through it.
 */
@GenerateInline(false)
@GenerateUncached
public abstract class DispatchNode extends Node {

    static final int INLINE_CACHE_SIZE = 2;

    public abstract Object executeDispatch(PyRustFunction function, Object[] arguments);

    @Specialization(guards = "function.getCallTarget() == cachedTarget", limit = "INLINE_CACHE_SIZE")
    static Object doDirect(@SuppressWarnings("unused") PyRustFunction function, Object[] arguments,
                    @Cached("function.getCallTarget()") @SuppressWarnings("unused") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode callNode) {
        return callNode.call(arguments);
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(PyRustFunction function, Object[] arguments,
                    @Cached IndirectCallNode callNode) {
        return callNode.call(function.getCallTarget(), arguments);
    }
}
