package org.pyrust;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustFunction;

import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Runs a call and a guest error once per JVM, on the shallow stack of the first context's
 * initialization. Otherwise the Truffle runtime classes on those paths could be initialized for the
 * first time deep inside a runaway recursion; a {@link StackOverflowError} in a static initializer
 * leaves the class unusable for the rest of the JVM's life, and every later call would fail.
 */
final class WarmUp extends RootNode {

    private static volatile boolean done;

    @Child private DirectCallNode call;

    private WarmUp(PyRustLanguage language, PyRustFunction callee) {
        super(language);
        this.call = DirectCallNode.create(callee.getCallTarget());
    }

    static void ensure(PyRustLanguage language) {
        if (done) {
            return;
        }
        WarmUp root = new WarmUp(language, language.getBuiltins().function("abs"));
        try {
            root.getCallTarget().call();
        } catch (PyRustException e) {
            TruffleStackTrace.getStackTrace(e);
        }
        done = true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        call.call(null, -1L);
        throw PyRustException.runtime(ExceptionTypes.RUNTIME_ERROR, "warm-up", this);
    }
}
