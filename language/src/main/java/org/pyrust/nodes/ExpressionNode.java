package org.pyrust.nodes;

import org.pyrust.runtime.PyRustTypesGen;
import org.pyrust.runtime.PyRustTypes;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * A node that produces a value. Besides the generic {@link #executeGeneric}, the typed execute methods
 * let a parent that expects an int or a bool get it unboxed; a child that produced something else throws
 * {@link UnexpectedResultException} and the parent's specialization rewrites itself.
 */
@NodeInfo(description = "The abstract base node for all expressions")
@GenerateWrapper
@TypeSystemReference(PyRustTypes.class)
public abstract class ExpressionNode extends StatementNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeGeneric(frame);
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return PyRustTypesGen.expectLong(executeGeneric(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return PyRustTypesGen.expectDouble(executeGeneric(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return PyRustTypesGen.expectBoolean(executeGeneric(frame));
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new ExpressionNodeWrapper(this, probe);
    }
}
