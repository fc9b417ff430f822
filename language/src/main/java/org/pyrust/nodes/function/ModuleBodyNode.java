package org.pyrust.nodes.function;

import org.pyrust.nodes.Errors;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustNone;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * The top-level code of a program. PyRust rule 5: the program's result is the value of its last
 * statement when that is an expression statement, otherwise None.
 */
@NodeInfo(shortName = "module body")
public final class ModuleBodyNode extends ExpressionNode {

    @Child private StatementNode statements;
    @Child private ExpressionNode result;

    /** @param result the last statement when it is an expression statement, else null */
    public ModuleBodyNode(StatementNode statements, ExpressionNode result) {
        this.statements = statements;
        this.result = result;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        statements.executeVoid(frame);
        if (result == null) {
            return PyRustNone.INSTANCE;
        }
        try {
            return result.executeGeneric(frame);
        } catch (PyRustException e) {
            // As a block places its statements' errors: the last expression is the position left.
            throw Errors.placed(e, result);
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.outOfMemory(result);
        }
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.RootBodyTag.class || tag == StandardTags.RootTag.class || super.hasTag(tag);
    }
}
